using System.Globalization;
using System.Resources;

namespace LeftBehind.Archive.Roster;

/// <summary>Messages for school clerks (RosterMessages.resx; the neutral resources are zh-CN).</summary>
internal static class RosterText
{
    private static readonly ResourceManager Resources = new("LeftBehind.Archive.Roster.RosterMessages", typeof(RosterText).Assembly);

    public static string Get(string key, params object[] args)
    {
        var format = Resources.GetString(key, CultureInfo.InvariantCulture) ?? key;
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
