namespace LeftBehind.Dialogs.Understanding;

/// <summary>One kind of danger and the words that signal it (Simplified Chinese and lower-case English; Traditional
/// text is folded onto Simplified before matching).</summary>
/// <param name="Name">The reason reported in <see cref="TextAnalysis.UrgencyReason"/>.</param>
/// <param name="Strong">Words that are urgent on their own unless a teacher is clearly giving a safety reminder.</param>
/// <param name="Weak">Words that are urgent unless the message is a reminder, a negation or a lesson.</param>
internal sealed record DangerCategory(string Name, string[] Strong, string[] Weak);
