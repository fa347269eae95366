using LeftBehind.Archive.Services;
using LeftBehind.Bot.DirectLine;

namespace LeftBehind.Bot.Admin;

internal static class DirectLineAdminEndpoints
{
    /// <summary>POST /admin/directline/revoke: ends every token (and open stream) of a conversation, a user id or a person.</summary>
    public static RouteGroupBuilder MapDirectLineAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/directline/revoke", RevokeAsync);
        return admin;
    }

    private static async Task<IResult> RevokeAsync(RevokeRequest request, DirectLineRevocations revocations, IBindingService bindings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.ConversationId) && string.IsNullOrWhiteSpace(request.UserId) && request.PersonId is null)
            return Results.BadRequest(new { error = "give conversationId, userId or personId" });
        var users = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.UserId)) users.Add(request.UserId);
        if (request.PersonId is { } personId)
        {
            users.AddRange((await bindings.GetAddressesAsync(personId, ct)).Select(a => a.ChannelUserId));
        }
        if (!string.IsNullOrWhiteSpace(request.ConversationId)) await revocations.RevokeConversationAsync(request.ConversationId, ct);
        foreach (var user in users.Distinct(StringComparer.Ordinal)) await revocations.RevokeUserAsync(user, ct);
        return Results.Ok(new { revokedConversations = string.IsNullOrWhiteSpace(request.ConversationId) ? 0 : 1, revokedUsers = users.Distinct(StringComparer.Ordinal).Count() });
    }
}
