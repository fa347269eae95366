using System.Globalization;
using System.Resources;

namespace LeftBehind.Bot.Hosting;

/// <summary>The few user-facing sentences the host itself says (zh-CN default, zh-TW, en) from Resources/HostMessages*.resx.</summary>
internal static class HostText
{
    private static readonly ResourceManager Resources = new("LeftBehind.Bot.Resources.HostMessages", typeof(HostText).Assembly);

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
}
