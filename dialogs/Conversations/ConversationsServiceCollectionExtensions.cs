using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Teacher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Conversations;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>Registers the bot itself and the parent, guardian and teacher flows.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IProactiveMessenger, DirectProactiveMessenger>();
        services.AddGuardianFlows();
        services.AddTeacherFlows();
        services.AddEmergencyFlows();
        return services;
    }
}
