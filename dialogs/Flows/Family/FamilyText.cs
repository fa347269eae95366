using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Family;

/// <summary>The text the family flows share (choosing a child, numbered menus, reply letters).</summary>
internal static class FamilyText
{
    private static readonly ResxText Resx = new(typeof(FamilyStrings));

    public static string Get(ITurnContext turnContext, string name, params object[] args) => Resx.Get(turnContext, name, args);

    public static string Get(CultureInfo culture, string name, params object[] args) => Resx.Get(culture, name, args);

    /// <summary>Names joined the way the language lists them (王小明、王小红 / Ming, Hong).</summary>
    public static string List(CultureInfo culture, IEnumerable<string> names) => string.Join(Get(culture, "ListSeparator"), names);
}
