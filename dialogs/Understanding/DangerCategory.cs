namespace LeftBehind.Dialogs.Understanding;

/// <summary>One kind of danger or concern and the words that signal it (Simplified Chinese and lower-case English;
/// Traditional text is folded onto Simplified before matching).</summary>
/// <param name="Name">The reason reported in <see cref="TextAnalysis.UrgencyReason"/>.</param>
/// <param name="Strong">Words that are clear on their own unless negated or part of a safety reminder.</param>
/// <param name="Weak">Words that only make the analyzer ask once, and only outside a reminder, a negation, leisure or good news.</param>
/// <param name="Downgrades">True when news that the incident is over leaves an urgent concern rather than nothing
/// (a child who was beaten or spoke of dying still needs a teacher's attention after "没事了").</param>
internal sealed record DangerCategory(string Name, string[] Strong, string[] Weak, bool Downgrades = false);
