namespace LeftBehind.Dialogs.Understanding;

/// <summary>One labelled message of the adversarial urgency set.</summary>
/// <param name="Level">What the message is: ordinary, an urgent concern or an emergency.</param>
/// <param name="Text">The message.</param>
/// <param name="Language">zh-Hans, zh-Hant or en.</param>
/// <param name="HeldOut">True for the held-out part, written after tuning and never used for it.</param>
internal sealed record UrgencyExample(UrgencyLevel Level, string Text, string Language, bool HeldOut);
