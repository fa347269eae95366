namespace LeftBehind.Bot.StaffConsole;

/// <summary><c>POST /admin/staff</c> (admin key): a staff account for set-up scripts.</summary>
internal static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaffAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/staff", CreateAsync);
        return admin;
    }

    private static async Task<IResult> CreateAsync(StaffAccountRequest? request, StaffAccounts accounts, CancellationToken ct)
    {
        if (request is null) return Results.BadRequest(new { errors = new[] { ConsoleText.Get("StaffBodyRequired") } });
        var result = await accounts.CreateAsync(request, ct);
        return result.Succeeded
            ? Results.Created($"/admin/staff/{result.Id}", new { id = result.Id, login = request.Login!.Trim(), role = StaffAccounts.NormalizeRole(request.Role) })
            : Results.BadRequest(new { errors = result.Errors });
    }
}
