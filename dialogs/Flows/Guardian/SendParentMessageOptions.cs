namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// <paramref name="Text"/>: the message that asked (it may name the child). <paramref name="Words"/>: what to tell
/// the parents when that message already said it (告诉他爸 娃想他了): not asked again, only confirmed once.
/// </summary>
internal sealed record SendParentMessageOptions(string? Text, string? Words);
