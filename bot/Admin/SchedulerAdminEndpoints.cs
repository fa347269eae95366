using LeftBehind.Bot.Admin.Scheduler;

namespace LeftBehind.Bot.Admin;

internal static class SchedulerAdminEndpoints
{
    /// <summary>Admin endpoints for jobs and outbox (scheduler issue).</summary>
    public static RouteGroupBuilder MapSchedulerAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/jobs", JobsEndpoints.ListAsync);
        admin.MapPost("/jobs/{name}/run", JobsEndpoints.RunAsync);
        admin.MapGet("/outbox", OutboxEndpoints.ListAsync);
        return admin;
    }
}
