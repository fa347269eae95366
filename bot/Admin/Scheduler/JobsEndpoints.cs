using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Bot.Admin.Scheduler;

/// <summary><c>GET /admin/jobs</c> and <c>POST /admin/jobs/{name}/run</c>.</summary>
internal static class JobsEndpoints
{
    public static async Task<IResult> ListAsync(ISchedulerAdmin scheduler, CancellationToken ct) =>
        Results.Ok(await scheduler.ListJobsAsync(ct));

    /// <summary>
    /// Fires the job through Quartz and answers 202 at once; with <c>?wait=true</c> runs it here and answers 200 with
    /// how many messages it queued. 404 for a name that is not a job.
    /// </summary>
    public static async Task<IResult> RunAsync(string name, bool? wait, ISchedulerAdmin scheduler, CancellationToken ct)
    {
        if (wait == true)
        {
            var result = await scheduler.RunNowAsync(name, ct);
            return result is null ? UnknownJob(name) : Results.Ok(result);
        }

        var fired = await scheduler.TriggerAsync(name, ct);
        return fired is null ? UnknownJob(name) : Results.Accepted(value: new JobTriggered(fired));
    }

    private static IResult UnknownJob(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "unknown job", detail: $"no job is named '{name}'");
}
