using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Emergency;

internal static class EmergencyText
{
    private static readonly ResxText Resx = new(typeof(EmergencyStrings));

    public static string Get(ITurnContext turnContext, string name, params object[] args) => Resx.Get(turnContext, name, args);

    public static string Get(CultureInfo culture, string name, params object[] args) => Resx.Get(culture, name, args);

    /// <summary>Every language's words of a "a|b|c" resource, so anyone may say them in any of them.</summary>
    public static IEnumerable<string> WordsInAllLanguages(string name) => Resx.WordsInAllLanguages(name);
}
