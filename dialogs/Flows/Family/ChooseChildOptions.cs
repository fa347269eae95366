namespace LeftBehind.Dialogs.Family;

/// <summary>
/// Asks <paramref name="Question"/> unless <paramref name="ChildId"/> is given and visible, the message
/// (<see cref="Text"/>) names one child, or there is only one child.
/// </summary>
internal sealed record ChooseChildOptions(string Question, int? ChildId = null)
{
    /// <summary>The message that started the flow; it may name the child ("小红这周上学了吗").</summary>
    public string? Text { get; init; }

    /// <summary>
    /// The parent's way of asking: the children as buttons, a name or given name also answers, this is asked again
    /// after anything else, and the texts below replace the family ones. Null: a numbered menu (a typed name for a
    /// class).
    /// </summary>
    public string? Retry { get; init; }

    /// <summary>Said when the person has no child to choose; null: the family text.</summary>
    public string? NoChildren { get; init; }

    /// <summary>Said before asking when <see cref="ChildId"/> is not one the person may see; null: nothing.</summary>
    public string? NotVisible { get; init; }

    /// <summary>
    /// "两个都", "全部" choose every child (<see cref="ChildChoice.All"/>) with <see cref="Retry"/> (the parent's way); a
    /// message naming every child ("小明小红今天都到校了吗") chooses them all either way.
    /// </summary>
    public bool AllowsAll { get; init; }

    /// <summary>The child meant when the message names none (the first of two requests' child: "…？顺便问下老师他…").</summary>
    public int? Otherwise { get; init; }

    /// <summary>
    /// The words of an earlier request in the same message ("帮我问问老师小明作业多不多？另外这周上学了吗"): the one child
    /// they name is meant when <see cref="Text"/> names none and <see cref="Otherwise"/> is not given.
    /// </summary>
    public string? OtherwiseText { get; init; }
}
