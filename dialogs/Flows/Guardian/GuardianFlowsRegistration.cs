using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Parent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Guardian;

internal static class GuardianFlowsRegistration
{
    /// <summary>Registers the guardian dialogs; called from AddConversations.</summary>
    public static IServiceCollection AddGuardianFlows(this IServiceCollection services)
    {
        services.AddFamilyFlows();
        services.TryAddSingleton<GuardianAccessors>();
        services.TryAddSingleton<ReportLeaveDialog>();
        services.TryAddSingleton<SendParentMessageDialog>();
        services.TryAddSingleton<Conversations.ChatReach>();
        services.TryAddSingleton<ConfirmCallHomeDialog>();
        services.TryAddSingleton<ConfirmReminderDialog>();
        services.TryAddSingleton<ReadLettersDialog>();
        services.TryAddSingleton<CheckAttendanceDialog>();
        services.TryAddSingleton<GuardianMenuDialog>();
        return services;
    }
}
