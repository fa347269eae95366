using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>The leave said back for one confirmation: whose, sick or not, which days.</summary>
internal sealed record ConfirmLeaveOptions(ChildChoice Child, bool Sick, DateOnly From, DateOnly To);
