namespace LeftBehind.Dialogs.Family;

/// <summary>The child's reply letter as entered: text, a photo of the handwritten letter, or both.</summary>
internal sealed record LetterContent(string? Text, string? PhotoUrl, string? PhotoContentType);
