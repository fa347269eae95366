namespace LeftBehind.Dialogs.Understanding;

/// <summary>What the urgency rules found in one message.</summary>
/// <param name="Level">None, an urgent concern or an emergency.</param>
/// <param name="Reason">The danger or concern category (<c>water</c>, <c>bullying</c>…); null for an ordinary message.</param>
/// <param name="Clear">True when the danger is unmistakable and is raised without a question; false: ask once first.</param>
/// <param name="Resolved">True when the message says an incident is over ("没事了", "已经找到了", "he's back").</param>
internal sealed record UrgencyAssessment(UrgencyLevel Level, string? Reason, bool Clear, bool Resolved)
{
    public static UrgencyAssessment Ordinary(bool resolved) => new(UrgencyLevel.None, null, false, resolved);
}
