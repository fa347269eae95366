using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>What happened, in the reader's language: the kind chosen from the menu, or the raiser's own words.</summary>
public static partial class FamilyNotifications
{
    private static readonly EmergencyKind[] NamedKinds = [EmergencyKind.Missing, EmergencyKind.Hurt, EmergencyKind.Danger];
    private static readonly CultureInfo[] KindCultures = [.. new[] { Locales.ZhCn, Locales.ZhTw, Locales.En }.Select(CultureInfo.GetCultureInfo)];

    /// <summary>"孩子找不到了" for <see cref="EmergencyKind.Missing"/> in the reader's language; null for <see cref="EmergencyKind.Other"/>.</summary>
    public static string? EmergencyKindName(CultureInfo culture, EmergencyKind kind) =>
        kind == EmergencyKind.Other ? null : NotificationText.Get(culture, "Emergency_Kind_" + kind);

    /// <summary>
    /// The kind of what happened in the reader's language, or the raiser's words when they described it. A row from
    /// before the kind was kept has only the words: when they are exactly a menu title in one of our languages, that is
    /// the kind; otherwise the words are what happened.
    /// </summary>
    public static EmergencyKind KindOf(EmergencyKind? kind, string text) =>
        kind ?? NamedKinds.FirstOrDefault(k => KindCultures.Any(c => string.Equals(EmergencyKindName(c, k), text.Trim(), StringComparison.OrdinalIgnoreCase)), EmergencyKind.Other);

    /// <summary>What happened, for the reader: the kind in their language, or the raiser's words (never translated).</summary>
    public static string EmergencyWhat(CultureInfo culture, EmergencyKind? kind, string text) =>
        EmergencyKindName(culture, KindOf(kind, text)) ?? text;

    public static string EmergencyWhat(CultureInfo culture, EmergencyInfo emergency) => EmergencyWhat(culture, emergency.Kind, emergency.Text);
}
