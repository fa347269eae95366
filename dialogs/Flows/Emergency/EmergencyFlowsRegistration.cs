using LeftBehind.Archive.Demo;
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
        // The demo school (Development only: the host switches the demo off elsewhere) has its fictional number; a
        // configured number always wins, and a real deployment without one sends alerts with no number, never a made-up one.
        contact.PostConfigure<IServiceProvider>((o, sp) =>
        {
            if (string.IsNullOrWhiteSpace(o.SchoolPhone) && sp.GetService<IDemoInfo>()?.SchoolPhone is { } demo) o.SchoolPhone = demo;
        });
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
