using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record AskTeacherState
{
    public ChildChoice? Child { get; init; }
    public string? Question { get; init; }
    public bool Confirm { get; init; }

    /// <summary>The message that began the flow: a later message that names the child is an answer to 问哪个孩子？.</summary>
    public string? Opening { get; init; }

    /// <summary>The question is an urgent concern (bullying, silence, a worrying absence): top of the teacher's inbox, sent at once.</summary>
    public bool Urgent { get; init; }
}
