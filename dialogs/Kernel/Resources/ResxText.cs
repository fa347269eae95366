using System.Globalization;
using System.Reflection;
using System.Resources;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Resources;

/// <summary>
/// One resx family looked up in an explicit language (the turn's or a recipient's), never the thread's culture, so
/// a proactive message to a parent is written in the parent's language whatever turn is running. Every language tag
/// goes through <see cref="Locales.Normalize"/> first (zh-HK and zh-MO read Traditional), so all callers agree.
/// A missing name throws: a key shown to a user is worse than a failing test.
/// </summary>
public sealed class ResxText(string baseName, Assembly assembly)
{
    private readonly ResourceManager _resources = new(baseName, assembly);

    /// <summary>The resx family whose marker type is <paramref name="marker"/> (Resources/XxxStrings.cs next to XxxStrings*.resx).</summary>
    public ResxText(Type marker) : this(marker.FullName!, marker.Assembly)
    {
    }

    public string Get(ITurnContext turnContext, string name, params object[] args) => Get(turnContext.Locale, name, args);

    public string Get(string? locale, string name, params object[] args) => Get(CultureOf(locale), name, args);

    public string Get(CultureInfo culture, string name, params object[] args)
    {
        var format = _resources.GetString(name, CultureOf(culture.Name)) ?? throw new MissingManifestResourceException($"{baseName}: {name}");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>Every language's words of a "a|b|c" resource, so anyone may answer in any of them.</summary>
    public IEnumerable<string> WordsInAllLanguages(string name) =>
        new[] { Locales.ZhCn, Locales.ZhTw, Locales.En }
            .SelectMany(l => Get(l, name).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The culture of one of our three languages for any tag (unknown or empty: zh-CN).</summary>
    public static CultureInfo CultureOf(string? locale) => Locales.Culture(Locales.Normalize(locale) ?? Locales.Default);
}
