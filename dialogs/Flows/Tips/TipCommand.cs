using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Tips;

/// <summary>
/// A whole-message answer to a tip, in one word or one digit, Simplified or Traditional, any width: 1 / 有用,
/// 2 / 没用, 停 / 退订 (stop tips), 开始 (tips again). <see cref="Explicit"/> words name the tips themselves
/// ("不要小贴士", "恢复小贴士") and mean them anywhere; the bare ones only right after a tip.
/// </summary>
internal sealed record TipCommand(TipCommandKind Kind, bool IsDigit, bool Explicit)
{
    public static TipCommand None { get; } = new(TipCommandKind.None, false, false);

    private static readonly Dictionary<string, TipCommandKind> Bare = new(StringComparer.Ordinal)
    {
        ["有用"] = TipCommandKind.Useful, ["很有用"] = TipCommandKind.Useful, ["挺有用"] = TipCommandKind.Useful, ["有用的"] = TipCommandKind.Useful,
        ["有帮助"] = TipCommandKind.Useful, ["1有用"] = TipCommandKind.Useful, ["useful"] = TipCommandKind.Useful, ["helpful"] = TipCommandKind.Useful, ["👍"] = TipCommandKind.Useful,
        ["没用"] = TipCommandKind.NotUseful, ["没有用"] = TipCommandKind.NotUseful, ["没啥用"] = TipCommandKind.NotUseful, ["没什么用"] = TipCommandKind.NotUseful,
        ["无用"] = TipCommandKind.NotUseful, ["不好用"] = TipCommandKind.NotUseful, ["2没用"] = TipCommandKind.NotUseful, ["notuseful"] = TipCommandKind.NotUseful,
        ["useless"] = TipCommandKind.NotUseful, ["👎"] = TipCommandKind.NotUseful,
        ["停"] = TipCommandKind.Stop, ["停止"] = TipCommandKind.Stop, ["停发"] = TipCommandKind.Stop, ["别发了"] = TipCommandKind.Stop, ["不要发了"] = TipCommandKind.Stop,
        ["不想收"] = TipCommandKind.Stop, ["不想收了"] = TipCommandKind.Stop, ["不要了"] = TipCommandKind.Stop, ["退订"] = TipCommandKind.Stop, ["stop"] = TipCommandKind.Stop,
        ["unsubscribe"] = TipCommandKind.Stop,
        ["开始"] = TipCommandKind.Restart, ["恢复"] = TipCommandKind.Restart, ["订阅"] = TipCommandKind.Restart, ["start"] = TipCommandKind.Restart,
    };

    private static readonly Dictionary<string, TipCommandKind> Named = new(StringComparer.Ordinal)
    {
        ["停小贴士"] = TipCommandKind.Stop, ["停止小贴士"] = TipCommandKind.Stop, ["不要小贴士"] = TipCommandKind.Stop, ["退订小贴士"] = TipCommandKind.Stop,
        ["取消小贴士"] = TipCommandKind.Stop, ["关闭小贴士"] = TipCommandKind.Stop, ["stoptips"] = TipCommandKind.Stop, ["notips"] = TipCommandKind.Stop,
        ["开始小贴士"] = TipCommandKind.Restart, ["恢复小贴士"] = TipCommandKind.Restart, ["订阅小贴士"] = TipCommandKind.Restart, ["要小贴士"] = TipCommandKind.Restart,
        ["打开小贴士"] = TipCommandKind.Restart, ["开启小贴士"] = TipCommandKind.Restart, ["starttips"] = TipCommandKind.Restart, ["resumetips"] = TipCommandKind.Restart,
    };

    public static TipCommand Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 20) return None;
        var t = TextNormalizer.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        // "回复1" / "回覆1" is how a guardian reads "回1".
        if (t.StartsWith("回复", StringComparison.Ordinal)) t = t[2..];
        else if (t.StartsWith("回", StringComparison.Ordinal) && t.Length == 2 && char.IsAsciiDigit(t[1])) t = t[1..];
        t = t.Replace("贴士", "小贴士", StringComparison.Ordinal).Replace("小小贴士", "小贴士", StringComparison.Ordinal);
        t = TextNormalizer.StripParticles(t);
        if (t == "1") return new(TipCommandKind.Useful, true, false);
        if (t == "2") return new(TipCommandKind.NotUseful, true, false);
        // "不要小贴士了", "别发了": a final 了 changes nothing.
        foreach (var form in t.Length > 1 && t.EndsWith('了') ? new[] { t, t[..^1] } : [t])
        {
            if (Named.TryGetValue(form, out var named)) return new(named, false, true);
            if (Bare.TryGetValue(form, out var bare)) return new(bare, false, false);
        }
        return None;
    }
}
