namespace LeftBehind.Bot.Admin;

internal static class SchedulerAdminEndpoints
{
    /// <summary>Admin endpoints for jobs and outbox (scheduler issue).</summary>
    public static RouteGroupBuilder MapSchedulerAdmin(this RouteGroupBuilder admin)
    {
        return admin;
    }
}
