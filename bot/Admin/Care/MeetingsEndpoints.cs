using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;

namespace LeftBehind.Bot.Admin.Care;

/// <summary>
/// 座谈会 for set-up scripts and school systems: <c>GET /admin/meetings</c>, <c>POST /admin/meetings</c>
/// <c>{"schoolId":1,"classId":2,"title":"期末座谈会","at":"2026-12-18T15:00:00+08:00","place":"三楼会议室"}</c> (every
/// guardian and parent of the class, or of the school without <c>classId</c>, is invited through the outbox within ten
/// minutes), <c>GET /admin/meetings/{id}/invitations</c> with each reply, and
/// <c>POST /admin/meetings/invitations/{id}/attendance</c> <c>{"attended":true}</c>. A per-school key works on its own
/// school only.
/// </summary>
internal static class MeetingsEndpoints
{
    public static void MapMeetingsAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/meetings", ListAsync).ForSchools();
        admin.MapPost("/meetings", ScheduleAsync).ForSchools();
        admin.MapGet("/meetings/{id:int}/invitations", InvitationsAsync).ForSchools();
        admin.MapPost("/meetings/invitations/{id:int}/attendance", AttendanceAsync).ForSchools();
    }

    private static Actor ActorOf(HttpContext http) =>
        AdminScope.School(http) is { } scope ? new Actor(ActorRole.SchoolAdmin, null) { SchoolId = scope.SchoolId } : Actor.Admin;

    private static async Task<IResult> ListAsync(HttpContext http, IMeetingService meetings, CancellationToken ct) =>
        Results.Ok(await meetings.ListAsync(ActorOf(http), ct));

    private static async Task<IResult> ScheduleAsync(HttpContext http, MeetingRequest body, IMeetingService meetings, CancellationToken ct)
    {
        var school = AdminScope.School(http)?.SchoolId ?? body.SchoolId;
        if (school is not { } schoolId) return Results.BadRequest(new { error = "请填写 schoolId。" });
        if (string.IsNullOrWhiteSpace(body.Title) || body.Title.Trim().Length > 64) return Results.BadRequest(new { error = "请填写座谈会名称（64个字以内）。" });
        if (body.At is not { } at) return Results.BadRequest(new { error = "请填写时间 at，例如 2026-12-18T15:00:00+08:00。" });
        try
        {
            var meeting = await meetings.ScheduleAsync(ActorOf(http), new MeetingInput(schoolId, body.ClassId, body.Title, at, body.Place), ct);
            return Results.Created($"/admin/meetings/{meeting.Id}", meeting);
        }
        catch (ArchiveException e) when (e.Error == ArchiveError.Invalid)
        {
            return Results.BadRequest(new { error = e.Message == "at" ? "时间已经过了，请填写以后的时间。" : "名称或地点太长（64个字以内）。" });
        }
        catch (ArchiveException e) when (e.Error is ArchiveError.Forbidden or ArchiveError.NotFound)
        {
            return Results.NotFound(new { error = "本校没有这个班级。" });
        }
    }

    private static async Task<IResult> InvitationsAsync(HttpContext http, int id, IMeetingService meetings, CancellationToken ct) =>
        Results.Ok(await meetings.GetInvitationsAsync(ActorOf(http), id, ct));

    private static async Task<IResult> AttendanceAsync(HttpContext http, int id, AttendanceRequest body, IMeetingService meetings, CancellationToken ct)
    {
        if (body.Attended is not { } attended) return Results.BadRequest(new { error = "请填写 attended（true 或 false）。" });
        return await meetings.RecordAttendanceAsync(ActorOf(http), id, attended, ct) ? Results.NoContent() : Results.NotFound();
    }
}
