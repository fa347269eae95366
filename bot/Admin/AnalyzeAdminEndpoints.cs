namespace LeftBehind.Bot.Admin;

internal static class AnalyzeAdminEndpoints
{
    /// <summary>Admin endpoints for message analysis (understanding issue).</summary>
    public static RouteGroupBuilder MapAnalyzeAdmin(this RouteGroupBuilder admin)
    {
        return admin;
    }
}
