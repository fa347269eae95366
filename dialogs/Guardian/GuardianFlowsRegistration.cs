using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Guardian;

internal static class GuardianFlowsRegistration
{
    /// <summary>Registers the guardian dialogs; called from AddConversations.</summary>
    public static IServiceCollection AddGuardianFlows(this IServiceCollection services)
    {
        return services;
    }
}
