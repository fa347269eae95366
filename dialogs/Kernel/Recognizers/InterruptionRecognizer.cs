namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Whole-message commands that interrupt any dialog. Exact matches only, so "我不想取消" is not a cancel; the one exception
/// is a short message saying it was a mistake ("没事 点错了"), which cancels.
/// </summary>
public static class InterruptionRecognizer
{
    private static readonly HashSet<string> Help = ["help", "?", "帮助", "幫助", "求助", "怎么用", "怎麼用"];
    private static readonly HashSet<string> Cancel = ["cancel", "quit", "算了", "取消", "不办了", "不辦了", "退出"];
    // 返回 and "back": what a WeChat account's menus and most apps call going back; here it goes back to the menu.
    private static readonly HashSet<string> Menu = ["menu", "main menu", "菜单", "主菜单", "選單", "主選單", "菜單", "主菜單", "返回主菜单", "回主菜单", "返回", "返回菜单", "回菜单", "回到菜单", "back", "go back"];

    /// <summary>
    /// "没事 点错了", "不好意思，按错了": a short message saying the tap or the message was a mistake leaves what it started,
    /// as 算了 does (a teacher who opened 应急 by mistake got 没有这个选项). Not 写错了, which is about something written.
    /// </summary>
    private static readonly string[] Mistake = ["点错", "按错", "发错", "选错", "搞错了", "弄错了", "tappedbymistake", "wrongbutton"];

    /// <summary>Longer than this, a mention of a mistake is a sentence about something else.</summary>
    private const int MaxMistakeLength = 10;

    public static Interruption Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return Interruption.None;
        var raw = text.Trim();
        if (raw is "?" or "？") return Interruption.Help;
        var t = TextNormalizer.StripParticles(TextNormalizer.Normalize(raw));
        if (Help.Contains(t)) return Interruption.Help;
        if (Cancel.Contains(t)) return Interruption.Cancel;
        if (Menu.Contains(t)) return Interruption.Menu;
        // Every message of every turn comes here: only a short one is folded and looked through.
        if (raw.Length > 2 * MaxMistakeLength) return Interruption.None;
        var folded = TextNormalizer.Compact(TextNormalizer.Fold(raw));
        return folded.Length <= MaxMistakeLength && Mistake.Any(m => folded.Contains(m, StringComparison.OrdinalIgnoreCase)) ? Interruption.Cancel : Interruption.None;
    }
}
