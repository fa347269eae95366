namespace LeftBehind.Dialogs.Rights;

/// <summary>One request held by <see cref="EarlierRequests"/>: the words, when they came, and the timer that forgets them.</summary>
internal sealed class EarlierRequest(string text, DateTimeOffset at)
{
    public string Text { get; } = text;

    public DateTimeOffset At { get; } = at;

    public ITimer? Timer { get; set; }
}
