using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Kernel;

internal static class KernelServiceCollectionExtensions
{
    /// <summary>Registers the turn pipeline, state storage, dialogs and prompts.</summary>
    public static IServiceCollection AddConversationKernel(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
