using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;

namespace LeftBehind.Bot.Admin;

/// <summary>
/// <c>POST /admin/schools/keys {"school","name"}</c> (service key only): a per-school key, shown once.
/// <c>GET /admin/families?classId=</c>: the families (school key: its school only), as the console's families page.
/// </summary>
internal static class SchoolAdminEndpoints
{
    public static RouteGroupBuilder MapSchoolAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/schools/keys", CreateKeyAsync);
        admin.MapGet("/families", FamiliesAsync).ForSchools();
        return admin;
    }

    private static async Task<IResult> CreateKeyAsync(SchoolKeyRequest? request, ISchoolKeys keys, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.School)) return Results.BadRequest(new { error = "请填写学校（school）。" });
        var key = await keys.CreateAsync(request.School, request.Name ?? "key", ct);
        return key is null ? Results.NotFound(new { error = $"找不到学校“{request.School}”，请先导入这所学校的花名册。" }) : Results.Created("/admin/schools/keys", new { school = request.School.Trim(), key });
    }

    private static async Task<IResult> FamiliesAsync(int? classId, HttpContext http, IStaffConsole console, CancellationToken ct)
    {
        var actor = AdminScope.School(http) is { } scope ? new Actor(ActorRole.SchoolAdmin, null) { SchoolId = scope.SchoolId } : Actor.Admin;
        return Results.Ok(await console.FamiliesAsync(actor, classId, ct));
    }
}
