namespace LeftBehind.Scheduler.Outbox;

/// <summary>A picture (or later a voice note) travelling with a proactive message: the child's handwritten reply letter.</summary>
/// <param name="ContentType">The media type, e.g. <c>image/jpeg</c>.</param>
/// <param name="ContentUrl">Where the reader's client downloads the bytes.</param>
/// <param name="Name">The file name, when known.</param>
public sealed record OutboxAttachment(string ContentType, string ContentUrl, string? Name = null);
