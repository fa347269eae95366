using System.Globalization;
using System.Resources;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>The console's words (Resources/ConsoleText*.resx: zh-CN default, zh-TW, en) in the request's UI culture.</summary>
internal static class ConsoleText
{
    private static readonly ResourceManager Resources = new("LeftBehind.Bot.Resources.ConsoleText", typeof(ConsoleText).Assembly);

    public static readonly string[] Cultures = ["zh-CN", "zh-TW", "en"];

    public static string Get(string name, params object[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = Resources.GetString(name, culture) ?? throw new MissingManifestResourceException("ConsoleText: " + name);
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>A channel id as staff call it ("directline" is the Web Chat page; an unknown id is shown as it is).</summary>
    public static string Channel(string channelId) =>
        Resources.GetString("Channel_" + channelId.ToLowerInvariant(), CultureInfo.CurrentUICulture) ?? channelId;
}
