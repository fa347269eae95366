namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A message's first word and the rest ("谈心 小明 这周情绪不错" → 谈心 | 小明 这周情绪不错): a menu title typed before
/// what it is about. One definition for the teacher's menu (the title) and the weekly talk (the words after it).
/// </summary>
internal static class FirstWord
{
    private static readonly char[] Ends = [' ', ',', '，', ':', '：', '、'];

    /// <summary>False when the message has no first word followed by more.</summary>
    public static bool TrySplit(string? text, out string head, out string rest)
    {
        head = rest = string.Empty;
        var cut = text?.IndexOfAny(Ends) ?? -1;
        if (cut <= 0 || text![(cut + 1)..].Trim() is not { Length: > 0 } after) return false;
        head = text[..cut];
        rest = after;
        return true;
    }
}
