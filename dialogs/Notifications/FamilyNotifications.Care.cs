using System.Globalization;
using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    /// <summary>How many children are named per 五个一 item; more end in 等.</summary>
    public const int FiveOnesNamesShown = 3;

    /// <summary>
    /// 五个一 (#20 item 2): in the month's third week the proxy parent is told, gently and once, which items of this
    /// month are still open and for which children (the five-ones job). The key is the month under the job's name
    /// (<c>five-ones|teacher|yyyy-MM</c> in the outbox): one a month, a rerun sends nothing.
    /// </summary>
    public static FamilyNotification FiveOnesMissing(DateOnly month, IReadOnlyList<(FiveOnesItem Item, IReadOnlyList<string> Children)> missing) => new(
        month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        c => NotificationText.Message(c, "FiveOnes_Suggest", string.Join(NotificationText.Get(c, "FiveOnes_Separator"), missing.Select(m =>
        {
            var names = string.Join(NotificationText.Get(c, "FiveOnes_NameSeparator"), m.Children.Take(FiveOnesNamesShown));
            if (m.Children.Count > FiveOnesNamesShown) names += NotificationText.Get(c, "FiveOnes_More");
            return NotificationText.Get(c, "FiveOnes_Part", NotificationText.Get(c, "FiveOnes_" + m.Item), names);
        }))));
}
