using LeftBehind.Dialogs.Family;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Care;

internal static class CareFlowsRegistration
{
    /// <summary>Registers the care flows (#20): the guardian gap, the entrusted guardian, the weekly 谈心, the 家访 and the 座谈会 replies.</summary>
    public static IServiceCollection AddCareFlows(this IServiceCollection services)
    {
        services.AddFamilyFlows();
        services.TryAddSingleton<Conversations.ChatReach>();
        services.TryAddSingleton<GuardianGapReporter>();
        services.TryAddSingleton<ReportGuardianGapDialog>();
        services.TryAddSingleton<RecordGuardianDialog>();
        services.TryAddSingleton<RecordWeeklyTalkDialog>();
        services.TryAddSingleton<RecordHomeVisitDialog>();
        services.TryAddSingleton<LogFiveOnesDialog>();
        services.TryAddSingleton<MeetingReplies>();
        return services;
    }
}
