using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Options;
using Quartz;

namespace LeftBehind.Scheduler.Configuration;

/// <summary>Refuses to start on a schedule that would silently never fire: bad cron, unknown zone or job name.</summary>
internal sealed class SchedulerOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        var errors = new List<string>();
        if (!IsZone(options.DefaultTimeZone)) errors.Add($"Scheduler:DefaultTimeZone '{options.DefaultTimeZone}' is not a known time zone id");
        foreach (var (job, schedule) in options.Jobs)
        {
            if (JobCatalog.Find(job) is null)
                errors.Add($"Scheduler:Jobs:{job} is not a job (known: {string.Join(", ", JobCatalog.All.Select(j => j.Name))})");
            if (!string.IsNullOrWhiteSpace(schedule.Cron) && !CronExpression.TryParse(schedule.Cron.Trim(), out _))
                errors.Add($"Scheduler:Jobs:{job}:Cron '{schedule.Cron}' is not a Quartz cron expression (seconds first)");
            if (!string.IsNullOrWhiteSpace(schedule.TimeZone) && !IsZone(schedule.TimeZone.Trim()))
                errors.Add($"Scheduler:Jobs:{job}:TimeZone '{schedule.TimeZone}' is not a known time zone id");
        }

        foreach (var (key, value) in new[] { ("Guardian", options.QuietHours.Guardian), ("Parent", options.QuietHours.Parent), ("Teacher", options.QuietHours.Teacher) })
        {
            if (!QuietWindow.TryParse(value, out _)) errors.Add($"Scheduler:QuietHours:{key} '{value}' is not HH:mm-HH:mm");
        }

        if (options.Clustered && storage.Value.Provider != StorageProvider.Postgres)
            errors.Add("Scheduler:Clustered=true needs Storage:Provider=Postgres (Quartz refuses clustering on SQLite)");
        if (options.Rules.QuestionHeadTeacherHours <= options.Rules.QuestionReminderHours)
            errors.Add("Scheduler:Rules:QuestionHeadTeacherHours must be greater than QuestionReminderHours");
        if (options.Rules.ContactTeacherDays <= options.Rules.ContactNudgeDays)
            errors.Add("Scheduler:Rules:ContactTeacherDays must be greater than ContactNudgeDays");
        if (options.Tips.PerWeek is < 1 or > 3)
            errors.Add("Scheduler:Tips:PerWeek must be 1, 2 or 3 (never more than three tips a week)");
        if (options.Tips.Days.Distinct().Count() > 3 || options.Tips.Days.Any(d => !Enum.IsDefined(d)))
            errors.Add("Scheduler:Tips:Days lists at most three weekdays (never more than three tips a week)");
        if (options.Tips.Time < TimeSpan.Zero || options.Tips.Time >= TimeSpan.FromDays(1) || options.Tips.Window <= TimeSpan.Zero || options.Tips.Window > TimeSpan.FromHours(12))
            errors.Add("Scheduler:Tips:Time must be a time of day and Window between 0 and 12 hours");
        if (options.Outbox.MaxRetryDelay < options.Outbox.BaseRetryDelay)
            errors.Add("Scheduler:Outbox:MaxRetryDelay must not be shorter than BaseRetryDelay");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
