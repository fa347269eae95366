namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// A letter shown for its last look and left unsent because another request came first: kept so 寄信 brings it back,
/// never lost. Forgotten once sent, rewritten or discarded, and after <see cref="Window"/> (the parent's own words are
/// kept no longer than they are useful). <paramref name="Unfinished"/>: left while still being written (a question to the
/// service came between its lines); 写信 takes the writing up again, 寄信 shows it for sending.
/// </summary>
internal sealed record LetterDraft(int ChildId, string Text, DateTimeOffset KeptAt, bool Unfinished = false)
{
    /// <summary>How long an unsent letter waits to be sent.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>True while the letter is still kept at <paramref name="now"/>.</summary>
    public bool KeptAtTime(DateTimeOffset now) => now - KeptAt <= Window;
}
