namespace LeftBehind.Archive.Services;

/// <summary>An asker's questions about one child for their welcome back: those answered lately, and how many are open.</summary>
public sealed record AskerQuestions(IReadOnlyList<QuestionInfo> Answered, int Open);
