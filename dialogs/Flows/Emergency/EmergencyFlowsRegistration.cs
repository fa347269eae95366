using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Emergency;

internal static class EmergencyFlowsRegistration
{
    /// <summary>Registers the emergency dialogs, the acknowledgement handler and middleware, and the escalator; called from AddConversations with the host's configuration.</summary>
    public static IServiceCollection AddEmergencyFlows(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var escalation = services.AddOptions<EmergencyEscalationOptions>();
        if (configuration is not null) escalation.Bind(configuration.GetSection(EmergencyEscalationOptions.Section));
        escalation.ValidateDataAnnotations().ValidateOnStart();
        var contact = services.AddOptions<EmergencyContactOptions>();
        if (configuration is not null) contact.Bind(configuration.GetSection(EmergencyContactOptions.Section));
        contact.ValidateDataAnnotations().ValidateOnStart();
        services.AddFamilyFlows();
        services.TryAddSingleton<EmergencyConversation>();
        services.TryAddSingleton<EmergencyResolutions>();
        services.TryAddSingleton<RaiseEmergencyDialog>();
        services.TryAddSingleton<Conversations.ChatReach>();
        services.TryAddSingleton<EmergencyAcknowledger>();
        services.TryAddSingleton<IAlertAcknowledger>(sp => sp.GetRequiredService<EmergencyAcknowledger>());
        services.TryAddSingleton<EmergencyEscalator>();
        // Registered after the kernel's middleware (AddConversations runs after AddConversationKernel), so the
        // turn's locale is set when it replies.
        services.TryAddSingleton<EmergencyAcknowledgementMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<EmergencyAcknowledgementMiddleware>());
        return services;
    }
}
