using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Teacher;

internal static class TeacherText
{
    private static readonly ResxText Resx = new(typeof(TeacherStrings));

    public static string Get(ITurnContext turnContext, string name, params object[] args) => Resx.Get(turnContext, name, args);

    public static string Get(CultureInfo culture, string name, params object[] args) => Resx.Get(culture, name, args);

    public static IReadOnlyList<string> Titles(ITurnContext turnContext, params string[] names) => names.Select(n => Get(turnContext, n)).ToList();

    /// <summary>Every language's list for a "a|b|c" resource, so a teacher may answer in any of them.</summary>
    public static IEnumerable<string> WordsInAllLanguages(string name) => Resx.WordsInAllLanguages(name);

    public static string Snippet(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
