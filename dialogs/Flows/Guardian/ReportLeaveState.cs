namespace LeftBehind.Dialogs.Guardian;

internal sealed record ReportLeaveState
{
    public int? ChildId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>The message that started the flow ("小明发烧了 明天不去"): the child, the days and the reason may be in it.</summary>
    public string? Text { get; init; }

    /// <summary>Something was read from <see cref="Text"/> rather than answered: one confirmation before recording.</summary>
    public bool Inferred { get; init; }

    /// <summary>The reason read from the first message: 0 生病, 1 有事; null when it was answered.</summary>
    public int? Reason { get; init; }

    /// <summary>The reason in the guardian's words (answered, or the first message when read from it).</summary>
    public string? Said { get; init; }

    /// <summary>A reason said at the days' question, before the day ("发烧了"): the reason's question is not asked.</summary>
    public string? EarlyReason { get; init; }

    /// <summary>The guardian confirmed leave for days without school.</summary>
    public bool IncludeNonSchoolDays { get; init; }
}
