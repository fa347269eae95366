namespace LeftBehind.Bot.WeChat;

/// <summary>
/// The kinds of proactive notice a template exists for, read from the outbox key the scheduler and the flows give
/// every send (<c>job|person|period</c>), so the kernel and the flows stay channel-neutral.
/// </summary>
internal static class WeChatNoticeKinds
{
    public const string MonthlyLetter = "MonthlyLetter";
    public const string CallReminder = "CallReminder";
    public const string AbsenceAlert = "AbsenceAlert";
    public const string TeacherAnswer = "TeacherAnswer";
    public const string Emergency = "Emergency";
    public const string Notice = "Notice";

    public static readonly IReadOnlyList<string> All = [MonthlyLetter, CallReminder, AbsenceAlert, TeacherAnswer, Emergency, Notice];

    public static string Of(string? outboxKey)
    {
        if (string.IsNullOrEmpty(outboxKey)) return Notice;
        var parts = outboxKey.Split('|');
        var job = parts[0];
        var tail = parts.Length >= 3 ? parts[2] : outboxKey;
        if (job == "monthly-letter" || tail.StartsWith("letter", StringComparison.Ordinal)) return MonthlyLetter;
        if (job == "call-home" || tail.StartsWith("call", StringComparison.Ordinal)) return CallReminder;
        if (job == "absence-alert") return AbsenceAlert;
        if (tail.StartsWith("emergency", StringComparison.Ordinal)) return Emergency;
        // The catalogue's one key for a teacher's answer (FamilyNotifications.TeacherAnswerKey).
        if (tail.StartsWith("answer:", StringComparison.Ordinal)) return TeacherAnswer;
        return Notice;
    }

    public static bool IsUrgent(string kind) => kind == Emergency;
}
