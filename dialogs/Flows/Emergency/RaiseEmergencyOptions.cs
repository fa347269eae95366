namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// Begin options of <see cref="RaiseEmergencyDialog"/>: the urgent message the router detected (null: ask what
/// happened) and the child when already known (null: ask, unless there is only one).
/// </summary>
internal sealed record RaiseEmergencyOptions(string? Text, int? ChildId);
