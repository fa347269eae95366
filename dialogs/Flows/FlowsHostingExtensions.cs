using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Emergency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeftBehind.Dialogs;

public static class FlowsHostingExtensions
{
    /// <summary>
    /// The role flows, the bot that routes to them, and the emergency rounds. The host composes what they consume:
    /// the conversation kernel, message understanding, an <see cref="IProactiveMessenger"/> and an
    /// <see cref="Guardian.IReminderReplySink"/>.
    /// </summary>
    public static IHostApplicationBuilder AddFlows(this IHostApplicationBuilder builder)
    {
        builder.Services.AddConversations(builder.Configuration);
        builder.Services.AddHostedService<EmergencyEscalationService>();
        return builder;
    }
}
