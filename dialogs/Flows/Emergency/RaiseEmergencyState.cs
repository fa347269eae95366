using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Emergency;

internal sealed record RaiseEmergencyState
{
    public int? ChildId { get; init; }
    public string? Text { get; init; }

    /// <summary>The kind picked from the menu; <see cref="EmergencyKind.Other"/> when the raiser said it in their words.</summary>
    public EmergencyKind Kind { get; init; }
}
