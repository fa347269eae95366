using LeftBehind.Dialogs.Care;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Teacher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Conversations;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot itself and the parent, guardian, teacher and emergency flows. The host registers the
    /// <see cref="IProactiveMessenger"/> and the <see cref="Guardian.IReminderReplySink"/> they send through.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<ConversationAccessors>();
        services.TryAddSingleton<TurnPreparation>();
        services.TryAddSingleton<InviteBinding>();
        services.TryAddSingleton<RoleFlowDialogs>();
        services.TryAddSingleton<Tips.TipReplies>();
        services.TryAddSingleton<ChooseChannelDialog>();
        services.AddParentFlows();
        services.AddGuardianFlows();
        services.AddTeacherFlows();
        services.AddEmergencyFlows(configuration);
        services.AddCareFlows();
        services.AddRootDialog<MainDialog>();
        // The one IBot: the kernel and the host register none.
        services.AddSingleton<IBot, LeftBehindBot>();
        return services;
    }
}
