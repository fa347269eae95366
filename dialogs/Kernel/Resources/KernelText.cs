using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Resources;

/// <summary>Looks kernel strings up in the turn's language, whatever the thread's culture happens to be.</summary>
internal static class KernelText
{
    private static readonly IStringLocalizer Fallback =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(KernelStrings));

    /// <summary>The localizer the turn carries (DI's), else one built from the same resources.</summary>
    public static IStringLocalizer For(ITurnContext turnContext) =>
        turnContext.TurnState.Get<IStringLocalizer<KernelStrings>>() ?? Fallback;

    public static string Get(ITurnContext turnContext, string name, params object[] args) =>
        Get(For(turnContext), turnContext.Locale, name, args);

    public static string Get(IStringLocalizer localizer, string? locale, string name, params object[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Locales.Normalize(locale) ?? Locales.Default);
            return args.Length == 0 ? localizer[name].Value : localizer[name, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
