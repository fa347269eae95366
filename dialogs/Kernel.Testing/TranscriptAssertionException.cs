namespace LeftBehind.Dialogs.Testing;

/// <summary>A transcript step did not match what the bot said.</summary>
public sealed class TranscriptAssertionException(string message) : Exception(message);
