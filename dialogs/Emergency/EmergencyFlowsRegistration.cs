using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Emergency;

internal static class EmergencyFlowsRegistration
{
    /// <summary>Registers the emergency dialogs, the acknowledgement handler and the escalator; called from AddConversations.</summary>
    public static IServiceCollection AddEmergencyFlows(this IServiceCollection services)
    {
        services.AddOptions<EmergencyEscalationOptions>()
            .BindConfiguration(EmergencyEscalationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ChooseChildDialog>();
        services.TryAddSingleton<RaiseEmergencyDialog>();
        services.TryAddSingleton<EmergencyAcknowledger>();
        services.TryAddSingleton<EmergencyEscalator>();
        return services;
    }
}
