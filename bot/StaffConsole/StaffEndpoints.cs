using LeftBehind.Bot.Admin;

namespace LeftBehind.Bot.StaffConsole;

/// <summary><c>POST /admin/staff</c> (admin key): a staff account for set-up scripts.</summary>
internal static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaffAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/staff", CreateAsync).ForSchools();
        return admin;
    }

    private static async Task<IResult> CreateAsync(StaffAccountRequest? request, StaffAccounts accounts, HttpContext http, CancellationToken ct)
    {
        if (request is null) return Results.BadRequest(new { errors = new[] { ConsoleText.Get("StaffBodyRequired") } });
        // A school's key makes accounts of its own school only, never a county account.
        if (AdminScope.School(http) is { } scope && (request.School?.Trim() != scope.School || StaffAccounts.NormalizeRole(request.Role) == LeftBehind.Archive.Staff.StaffRoles.CountyViewer))
            return Results.Json(new { errors = new[] { ConsoleText.Get("StaffOtherSchool", scope.School) } }, statusCode: StatusCodes.Status403Forbidden);
        var result = await accounts.CreateAsync(request, ct);
        return result.Succeeded
            ? Results.Created($"/admin/staff/{result.Id}", new { id = result.Id, login = request.Login!.Trim(), role = StaffAccounts.NormalizeRole(request.Role) })
            : Results.BadRequest(new { errors = result.Errors });
    }
}
