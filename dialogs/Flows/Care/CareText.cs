using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Care;

internal static class CareText
{
    private static readonly ResxText Resx = new(typeof(CareStrings));

    public static string Get(ITurnContext turnContext, string name, params object[] args) => Resx.Get(turnContext, name, args);

    public static string Get(CultureInfo culture, string name, params object[] args) => Resx.Get(culture, name, args);

    public static string List(CultureInfo culture, IEnumerable<string> items) => string.Join(Get(culture, "ListSeparator"), items);

    /// <summary>Every language's words of a "a|b|c" resource, so anyone may answer in any of them.</summary>
    public static IEnumerable<string> WordsInAllLanguages(string name) => Resx.WordsInAllLanguages(name);
}
