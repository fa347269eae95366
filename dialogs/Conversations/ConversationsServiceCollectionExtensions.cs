using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Conversations;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>Registers the bot itself and the parent, guardian and teacher flows.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
