namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// How a parent flow starts: the message that led here (searched for a child's name, a date, a category), a child
/// already chosen, and whether <paramref name="Text"/> is itself the question for the teacher.
/// </summary>
internal sealed record ParentFlowOptions(string? Text, int? ChildId = null, bool TextIsQuestion = false)
{
    /// <summary>The days asked about when the message names none (a follow-up such as "小红呢" keeps the last ones).</summary>
    public AttendancePeriod? Period { get; init; }

    /// <summary>The child meant when <see cref="Text"/> names none (the second of two requests: the first one's child).</summary>
    public int? OtherwiseChildId { get; init; }

    /// <summary>The first of two requests' words: the child they name is meant when <see cref="Text"/> names none.</summary>
    public string? OtherwiseText { get; init; }

    /// <summary>The parent already said yes to sending <see cref="Text"/> (the offer of the second request): not asked again.</summary>
    public bool AlreadyConfirmed { get; init; }
}
