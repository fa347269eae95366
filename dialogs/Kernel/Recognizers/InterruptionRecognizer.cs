namespace LeftBehind.Dialogs.Recognizers;

/// <summary>Whole-message commands that interrupt any dialog. Exact matches only, so "我不想取消" is not a cancel.</summary>
public static class InterruptionRecognizer
{
    private static readonly HashSet<string> Help = ["help", "?", "帮助", "幫助", "求助", "怎么用", "怎麼用"];
    private static readonly HashSet<string> Cancel = ["cancel", "quit", "算了", "取消", "不办了", "不辦了", "退出"];
    private static readonly HashSet<string> Menu = ["menu", "main menu", "菜单", "主菜单", "選單", "主選單", "菜單", "主菜單", "返回主菜单", "回主菜单"];

    public static Interruption Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return Interruption.None;
        var raw = text.Trim();
        if (raw is "?" or "？") return Interruption.Help;
        var t = TextNormalizer.StripParticles(TextNormalizer.Normalize(raw));
        if (Help.Contains(t)) return Interruption.Help;
        if (Cancel.Contains(t)) return Interruption.Cancel;
        if (Menu.Contains(t)) return Interruption.Menu;
        return Interruption.None;
    }
}
