namespace LeftBehind.Dialogs.Understanding;

/// <summary>What a message means and how to treat it.</summary>
/// <param name="Intent">One of <see cref="Intents"/>; <see cref="Intents.Other"/> when the analyzer is not sure.</param>
/// <param name="Confidence">The classifier's probability for <paramref name="Intent"/>, 0..1.</param>
/// <param name="Urgent">True when the message must open the emergency flow at once, whatever dialog is active.</param>
/// <param name="UrgencyReason">Why it is urgent (a danger category such as <c>water</c>, or <c>classifier</c>); null when not urgent.</param>
/// <param name="Language">The script of the text: <c>zh-Hans</c>, <c>zh-Hant</c> or <c>en</c>.</param>
/// <param name="Sentiment"><c>positive</c>, <c>neutral</c>, <c>negative</c> or <c>mixed</c>.</param>
/// <param name="Redacted">The text with phone, ID card and bank card numbers and addresses replaced; safe for logs and transcripts.</param>
public sealed record TextAnalysis(
    string Intent,
    double Confidence,
    bool Urgent,
    string? UrgencyReason,
    string Language,
    string Sentiment,
    string Redacted)
{
    /// <summary>None, an urgent concern (teachers told at once) or an emergency (family and school alerted).</summary>
    public UrgencyLevel Level { get; init; } = Urgent ? UrgencyLevel.Emergency : UrgencyLevel.None;

    /// <summary>True when the danger is not unmistakable: ask once ("要马上通知全家和老师吗？") before raising.</summary>
    public bool ConfirmFirst { get; init; }

    /// <summary>
    /// True when the message says the child's guardian cannot care for them now (in hospital, gravely ill, away for a
    /// while, "没人照顾"): the school must know at once and the parents must name a temporary guardian (Art. 21–23).
    /// </summary>
    public bool GuardianCannotCare { get; init; }
}
