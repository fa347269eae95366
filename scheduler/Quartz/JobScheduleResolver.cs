using LeftBehind.Scheduler.Configuration;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Quartz;

internal sealed class JobScheduleResolver(IOptions<SchedulerOptions> options)
{
    public IReadOnlyList<ResolvedJobSchedule> Resolve()
    {
        var o = options.Value;
        return JobCatalog.All.Select(d =>
        {
            o.Jobs.TryGetValue(d.Name, out var configured);
            var cron = string.IsNullOrWhiteSpace(configured?.Cron) ? d.DefaultCron : configured.Cron.Trim();
            var zoneId = string.IsNullOrWhiteSpace(configured?.TimeZone) ? o.DefaultTimeZone : configured.TimeZone.Trim();
            return new ResolvedJobSchedule(d, cron, TimeZoneInfo.FindSystemTimeZoneById(zoneId), configured?.Enabled ?? true);
        }).ToList();
    }

    public ResolvedJobSchedule? Find(string name) => Resolve().FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
