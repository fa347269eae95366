using LeftBehind.Dialogs.Understanding;
using LeftBehind.Dialogs.Understanding.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Understanding;

public sealed class TextAnalysisRegistrationTests
{
    [Fact]
    public void Local_analyzer_is_the_default()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.IsType<LocalTextAnalyzer>(provider.GetRequiredService<ITextAnalyzer>());
    }

    [Fact]
    public void Azure_provider_with_endpoint_and_key_selects_the_azure_analyzer()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["TextAnalysis:Provider"] = "Azure",
            ["TextAnalysis:Endpoint"] = "https://language.example.test",
            ["TextAnalysis:Key"] = "k",
        });

        Assert.IsType<AzureTextAnalyzer>(provider.GetRequiredService<ITextAnalyzer>());
    }

    [Fact]
    public void Azure_provider_without_a_key_fails_validation_naming_the_setting()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["TextAnalysis:Provider"] = "Azure",
            ["TextAnalysis:Endpoint"] = "https://language.example.test",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TextAnalysisOptions>>().Value);
        Assert.Contains("TextAnalysis:Key", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddTextAnalysis(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }
}
