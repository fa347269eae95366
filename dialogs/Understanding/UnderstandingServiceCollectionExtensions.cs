using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Understanding;

internal static class UnderstandingServiceCollectionExtensions
{
    /// <summary>Registers the text analyzer (local ML.NET by default, Azure AI Language when configured).</summary>
    public static IServiceCollection AddTextAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
