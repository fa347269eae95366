namespace LeftBehind.Dialogs.Understanding;

/// <summary>One labelled message of the adversarial urgency set.</summary>
/// <param name="Level">What the message is: ordinary, an urgent concern or an emergency.</param>
/// <param name="Text">The message.</param>
/// <param name="Language">zh-Hans, zh-Hant or en.</param>
/// <param name="HeldOut">True for a held-out part, written after tuning and never used for it before its first run.</param>
internal sealed record UrgencyExample(UrgencyLevel Level, string Text, string Language, bool HeldOut)
{
    /// <summary>Which file the example is from: tune, heldout, heldout2 (a fresh held-out part written later).</summary>
    public string Part { get; init; } = HeldOut ? "heldout" : "tune";
}
