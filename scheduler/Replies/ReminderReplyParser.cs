namespace LeftBehind.Scheduler.Replies;

/// <summary>Reads a reply to a reminder: the digit (ASCII or full-width), or the button's word in zh/en.</summary>
public static class ReminderReplyParser
{
    private static readonly (ReminderReply Reply, string[] Words)[] Table =
    [
        (ReminderReply.Done, ["1", "１", "完成", "完成了", "已完成", "好了", "做了", "done"]),
        (ReminderReply.Later, ["2", "２", "稍后", "稍後", "等一下", "later"]),
        (ReminderReply.CannotDo, ["3", "３", "做不到", "不行", "没空", "沒空", "can't", "cannot", "can not"]),
    ];

    public static bool TryParse(string? text, out ReminderReply reply)
    {
        var t = text?.Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant() ?? "";
        if (t.StartsWith("回复", StringComparison.Ordinal) || t.StartsWith("回覆", StringComparison.Ordinal)) t = t[2..].Trim();
        foreach (var (r, words) in Table)
        {
            if (words.Contains(t))
            {
                reply = r;
                return true;
            }
        }

        reply = default;
        return false;
    }
}
