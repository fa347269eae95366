namespace LeftBehind.Bot.Admin;

internal static class ArchiveAdminEndpoints
{
    /// <summary>Admin endpoints for roster, invites, attendance, notes, export and erasure (family archive issue).</summary>
    public static RouteGroupBuilder MapArchiveAdmin(this RouteGroupBuilder admin)
    {
        return admin;
    }
}
