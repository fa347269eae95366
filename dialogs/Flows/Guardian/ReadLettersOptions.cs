namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// <paramref name="Text"/>: the message that started the flow (it may name the child). <paramref name="MarkNewest"/>:
/// the guardian said 已读给孩子听 at the menu (or tapped it under a letter): the newest letter not yet marked is marked.
/// Going on to the next letter carries the child, the list and the index. <paramref name="LetterId"/>: the letter the
/// 已读给孩子听 button was under (its value carries the id); that one is marked.
/// </summary>
internal sealed record ReadLettersOptions(string? Text = null, bool MarkNewest = false, int? ChildId = null, IReadOnlyList<int>? LetterIds = null, int Index = 0, int? LetterId = null);
