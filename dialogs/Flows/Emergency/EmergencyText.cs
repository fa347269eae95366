using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Emergency;

internal static class EmergencyText
{
    private static readonly ResxText Resx = new(typeof(EmergencyStrings));

    public static string Get(ITurnContext turnContext, string name, params object[] args) => Resx.Get(turnContext, name, args);

    public static string Get(CultureInfo culture, string name, params object[] args) => Resx.Get(culture, name, args);
}
