using LeftBehind.Scheduler.Quartz;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Scheduler.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>Each contract job under its name, resolved per run in a scope of its own.</summary>
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services)
    {
        services.AddKeyedScoped<IScheduledJob, MonthlyLetterJob>(JobNames.MonthlyLetter);
        services.AddKeyedScoped<IScheduledJob, CallHomeJob>(JobNames.CallHome);
        services.AddKeyedScoped<IScheduledJob, WeeklyContactCheckJob>(JobNames.WeeklyContactCheck);
        services.AddKeyedScoped<IScheduledJob, AbsenceAlertJob>(JobNames.AbsenceAlert);
        services.AddKeyedScoped<IScheduledJob, EscalationSlaJob>(JobNames.EscalationSla);
        services.AddKeyedScoped<IScheduledJob, MonthlyDigestJob>(JobNames.MonthlyDigest);
        services.AddKeyedScoped<IScheduledJob, GuardianCheckJob>(JobNames.GuardianCheck);
        services.AddKeyedScoped<IScheduledJob, WeeklyTalkReminderJob>(JobNames.WeeklyTalk);
        services.AddKeyedScoped<IScheduledJob, TipsJob>(JobNames.Tips);
        services.AddKeyedScoped<IScheduledJob, HomeVisitPromptJob>(JobNames.HomeVisit);
        services.AddKeyedScoped<IScheduledJob, TermNoticeJob>(JobNames.TermNotice);
        services.AddKeyedScoped<IScheduledJob, MeetingInvitationJob>(JobNames.MeetingInvite);
        services.AddKeyedScoped<IScheduledJob, FiveOnesSuggestionJob>(JobNames.FiveOnes);
        services.AddKeyedScoped<IScheduledJob, BindingExpiryJob>(JobNames.BindingExpiry);
        return services;
    }
}
