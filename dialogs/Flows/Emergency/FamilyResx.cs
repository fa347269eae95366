using System.Globalization;
using System.Resources;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// One area's .resx strings in a given language: the turn's (replies) or the recipient's (proactive messages, which
/// are rendered outside the recipient's turn). A missing name throws, so a typo fails the transcript tests.
/// </summary>
internal sealed class FamilyResx(Type marker)
{
    private readonly ResourceManager _resources = new(marker.FullName!, marker.Assembly);

    public string Get(CultureInfo culture, string name, params object[] args)
    {
        var value = _resources.GetString(name, Normalize(culture)) ?? throw new InvalidOperationException($"No resource '{name}' in {marker.Name}.");
        return args.Length == 0 ? value : string.Format(culture, value, args);
    }

    public string Get(ITurnContext turnContext, string name, params object[] args) => Get(CultureOf(turnContext), name, args);

    public static CultureInfo CultureOf(ITurnContext turnContext) =>
        CultureInfo.GetCultureInfo(Locales.Normalize(turnContext.Locale) ?? Locales.Default);

    private static CultureInfo Normalize(CultureInfo culture) =>
        CultureInfo.GetCultureInfo(Locales.Normalize(culture.Name) ?? Locales.Default);
}
