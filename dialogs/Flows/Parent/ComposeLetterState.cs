namespace LeftBehind.Dialogs.Parent;

/// <summary>The parts written so far; passed along as options, since each part restarts the compose loop.</summary>
internal sealed record ComposeLetterState
{
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>The child written to: a line opening with that name and a comma speaks to the child ("小明，这周上学了吗？").</summary>
    public string? ChildName { get; init; }

    /// <summary>A kept unfinished letter taken up again: its first question says so instead of 收到.</summary>
    public bool Resumed { get; init; }

    /// <summary>
    /// Set on the state the dialog ends with when a message asked the service something instead of going on with the
    /// letter (<see cref="ComposeLetterDialog.AsksTheService"/>): the parts are kept and that message is answered.
    /// </summary>
    public bool AskedAside { get; init; }
}
