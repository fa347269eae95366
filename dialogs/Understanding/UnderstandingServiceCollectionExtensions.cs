using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Understanding.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>Registers the text analyzer (local ML.NET by default, Azure AI Language when configured).</summary>
    public static IServiceCollection AddTextAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TextAnalysisOptions>()
            .Bind(configuration.GetSection(TextAnalysisOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PiiRedactor>();
        // Replaces whatever fallback the kernel registered: logs and transcripts get the thorough redactor.
        services.RemoveAll<ITextRedactor>();
        services.AddSingleton<ITextRedactor>(sp => sp.GetRequiredService<PiiRedactor>());
        services.AddSingleton<LocalTextAnalyzer>();
        services.AddSingleton(sp => new AzureLanguageClient(
            sp.GetRequiredService<IOptions<TextAnalysisOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AzureTextAnalyzer>();
        services.AddSingleton<ITextAnalyzer>(sp =>
            sp.GetRequiredService<IOptions<TextAnalysisOptions>>().Value.Provider == TextAnalysisProvider.Azure
                ? sp.GetRequiredService<AzureTextAnalyzer>()
                : sp.GetRequiredService<LocalTextAnalyzer>());
        services.AddHostedService<TextAnalyzerWarmup>();
        return services;
    }
}
