using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Tests.Notifications;

/// <summary>Emergencies raised before the kind was kept: the family still reads a menu choice in their own language.</summary>
public sealed class EmergencyKindFallbackTests
{
    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    private static EmergencyInfo Old(string text) => new(1, 2, "王小明", 3, text, DateTimeOffset.UnixEpoch, []) { Kind = null };

    [Fact]
    public void An_old_emergency_raised_by_picking_the_child_is_missing_in_english_is_read_by_the_grandfather_in_chinese()
    {
        var alert = FamilyNotifications.EmergencyAlert(4, Old("The child is missing"), null, 0).Build(ZhCn);
        Assert.StartsWith("【紧急】王小明：孩子找不到了\n", alert.Text);
    }

    [Fact]
    public void An_old_emergency_in_the_raisers_own_words_is_read_as_they_wrote_it_even_when_it_contains_a_menu_title()
    {
        var alert = FamilyNotifications.EmergencyAlert(4, Old("The child is missing since 5pm"), null, 0).Build(ZhCn);
        Assert.StartsWith("【紧急】王小明：The child is missing since 5pm\n", alert.Text);
    }
}
