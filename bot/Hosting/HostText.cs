using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Bot.Hosting;

/// <summary>The few user-facing sentences the host itself says (zh-CN default, zh-TW, en) from Resources/HostMessages*.resx.</summary>
internal static class HostText
{
    private static readonly ResxText Resources = new("LeftBehind.Bot.Resources.HostMessages", typeof(HostText).Assembly);

    public static string Get(string name, string? locale) => Resources.Get(locale, name);
}
