namespace LeftBehind.Dialogs.Family;

/// <summary>The child a person chose, as the flows carry it between steps.</summary>
internal sealed record ChildChoice(int Id, string Name)
{
    /// <summary>The id of <see cref="All"/>: no child has it.</summary>
    public const int AllId = -1;

    /// <summary>Every child of the person ("两个都看看"), where the choice allows it.</summary>
    public static ChildChoice All(string name) => new(AllId, name);

    public bool IsAll => Id == AllId;
}
