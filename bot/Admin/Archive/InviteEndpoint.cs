using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Services;

namespace LeftBehind.Bot.Admin.Archive;

/// <summary>POST /admin/invites → {code, expiresAt}; 400 for a malformed request, 404 when nobody on file matches.</summary>
internal static class InviteEndpoint
{
    public static async Task<IResult> CreateAsync(InviteRequest request, IInviteService invites, HttpContext http, CancellationToken ct)
    {
        // A school's key makes invites for its own school only; another school's people are simply not found.
        if (AdminScope.School(http) is { } scope && request.School?.Trim() != scope.School) return Results.NotFound(new { error = "本校没有这个人。" });
        var result = await invites.CreateAsync(request, ct);
        if (result.Invite is { } i) return Results.Ok(new { code = i.Code, display = InviteCodes.Format(i.Code), expiresAt = i.ExpiresAt, role = i.Role.ToString().ToLowerInvariant() });
        return result.NotFound ? Results.NotFound(new { error = result.Error }) : Results.BadRequest(new { error = result.Error });
    }
}
