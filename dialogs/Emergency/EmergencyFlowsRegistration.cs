using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Emergency;

internal static class EmergencyFlowsRegistration
{
    /// <summary>Registers the emergency dialogs; called from AddConversations.</summary>
    public static IServiceCollection AddEmergencyFlows(this IServiceCollection services)
    {
        return services;
    }
}
