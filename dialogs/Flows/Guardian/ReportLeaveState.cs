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

    /// <summary>0 生病, 1 有事.</summary>
    public int? Reason { get; init; }
}
