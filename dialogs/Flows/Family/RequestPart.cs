namespace LeftBehind.Dialogs.Family;

/// <summary>
/// The words of the one request a flow begun this turn is for, when the message holds two ("小明今天到校了没 明天要请假
/// 发烧"); <paramref name="Second"/>: it is the second of them, so naming no child it is about the first one's.
/// </summary>
internal sealed record RequestPart(string Text, bool Second);
