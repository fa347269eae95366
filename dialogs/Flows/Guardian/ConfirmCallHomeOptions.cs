namespace LeftBehind.Dialogs.Guardian;

/// <summary>The booking to confirm (from the button on the parent's proposal); null: the soonest proposed call.</summary>
internal sealed record ConfirmCallHomeOptions(int? BookingId);
