using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Care;

internal sealed record RecordHomeVisitState
{
    public ChildChoice? Child { get; init; }
    public DateOnly? On { get; init; }

    /// <summary>The marks given so far, in <see cref="VisitAspect"/> order.</summary>
    public IReadOnlyList<TalkMark> Marks { get; init; } = [];
}
