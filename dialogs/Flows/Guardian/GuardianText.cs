using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Guardian;

internal static class GuardianText
{
    private static readonly ResxText Resx = new(typeof(GuardianStrings));

    public static string Get(ITurnContext turnContext, string name, params object[] args) => Resx.Get(turnContext, name, args);

    public static string Get(CultureInfo culture, string name, params object[] args) => Resx.Get(culture, name, args);

    public static IReadOnlyList<string> Titles(ITurnContext turnContext, params string[] names) => names.Select(n => Get(turnContext, n)).ToList();

    /// <summary>"11月23日" or "11月23日–11月27日" (en: "Nov 23 – Nov 27").</summary>
    public static string Dates(CultureInfo culture, DateOnly from, DateOnly to)
    {
        var format = Get(culture, "DateFormat");
        var a = from.ToString(format, culture);
        return from == to ? a : Get(culture, "DateRange", a, to.ToString(format, culture));
    }
}
