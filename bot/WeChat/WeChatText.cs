using System.Globalization;
using System.Resources;

namespace LeftBehind.Bot.WeChat;

/// <summary>The channel's own words (template titles, menu names, what a menu key says) from Resources/WeChatMessages*.resx.</summary>
internal static class WeChatText
{
    private static readonly ResourceManager Resources = new("LeftBehind.Bot.Resources.WeChatMessages", typeof(WeChatText).Assembly);

    public static string Get(string name, string? locale)
    {
        CultureInfo culture;
        try
        {
            culture = string.IsNullOrWhiteSpace(locale) ? CultureInfo.GetCultureInfo("zh-CN") : CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.GetCultureInfo("zh-CN");
        }
        return Resources.GetString(name, culture) ?? name;
    }

    public static string? Find(string name, string? locale) => Resources.GetString(name, CultureInfo.GetCultureInfo(locale ?? "zh-CN"));
}
