using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// 座谈会 on the console: without an id, the form that schedules one (the school for any class or all, a head teacher
/// for their class; invitations go out through the outbox within ten minutes); with an id, who was invited, each
/// 参加 / 不参加, and a 到了 / 没到 button per person that records attendance. Bad input is said back in a sentence and
/// the form keeps what was typed.
/// </summary>
internal sealed class CareMeetingModel(IMeetingService meetings, IStaffConsole console, TimeProvider time) : PageModel
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public MeetingInfo? Meeting { get; private set; }

    public IReadOnlyList<MeetingInvitationInfo> Invitations { get; private set; } = [];

    public IReadOnlyList<ClassRef> Classes { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? Time { get; set; }

    [BindProperty] public string? Place { get; set; }

    [BindProperty] public int? ClassId { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, string? done, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        if (actor.Role == ActorRole.CountyViewer) return Forbid();
        Notice = done switch
        {
            "scheduled" => ConsoleText.Get("MeetingScheduled"),
            "attendance" => ConsoleText.Get("MeetingAttendanceSaved"),
            _ => null,
        };
        if (id is { } meetingId)
        {
            Meeting = (await meetings.ListAsync(actor, ct)).FirstOrDefault(m => m.Id == meetingId);
            if (Meeting is null) return NotFound();
            Invitations = await meetings.GetInvitationsAsync(actor, meetingId, ct);
            return Page();
        }
        Title ??= ConsoleText.Get("MeetingDefaultTitle");
        await LoadFormAsync(actor, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        if (actor.Role == ActorRole.CountyViewer || actor.SchoolId is not { } schoolId) return Forbid();
        Error = Validate(out var at);
        if (Error is null)
        {
            try
            {
                var meeting = await meetings.ScheduleAsync(actor, new MeetingInput(schoolId, ClassId, Title!.Trim(), at, string.IsNullOrWhiteSpace(Place) ? null : Place.Trim()), ct);
                return RedirectToPage(new { id = meeting.Id, done = "scheduled" });
            }
            catch (ArchiveException e) when (e.Error == ArchiveError.Invalid)
            {
                Error = ConsoleText.Get(e.Message == "at" ? "MeetingPast" : "MeetingTooLong");
            }
            catch (ArchiveException e) when (e.Error is ArchiveError.Forbidden or ArchiveError.NotFound)
            {
                Error = ConsoleText.Get("MeetingNotYourClass");
            }
        }
        await LoadFormAsync(actor, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAttendanceAsync(int id, int invitationId, bool attended, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        if (actor.Role == ActorRole.CountyViewer) return Forbid();
        if (!await meetings.RecordAttendanceAsync(actor, invitationId, attended, ct)) return NotFound();
        return RedirectToPage(new { id, done = "attendance" });
    }

    public static string Local(DateTimeOffset at, string format) => TimeZoneInfo.ConvertTime(at, Beijing).ToString(format, CultureInfo.InvariantCulture);

    private string? Validate(out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrWhiteSpace(Title)) return ConsoleText.Get("MeetingNoTitle");
        if (Title.Trim().Length > 64 || Place is { Length: > 64 }) return ConsoleText.Get("MeetingTooLong");
        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(Time?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            return ConsoleText.Get("MeetingBadWhen");
        var local = day.ToDateTime(clock);
        at = new DateTimeOffset(local, Beijing.GetUtcOffset(local));
        return at <= time.GetUtcNow() ? ConsoleText.Get("MeetingPast") : null;
    }

    private async Task LoadFormAsync(Actor actor, CancellationToken ct)
    {
        IsAdmin = actor.Role == ActorRole.SchoolAdmin;
        Classes = await console.ClassesAsync(actor, ct);
        var tomorrow = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Beijing).Date.AddDays(7);
        Date ??= tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Time ??= "15:00";
    }
}
