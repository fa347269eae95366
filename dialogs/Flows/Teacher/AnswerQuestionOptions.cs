namespace LeftBehind.Dialogs.Teacher;

/// <summary>The question to open; <paramref name="AnswerWritten"/> when the message that opened it is already the answer.</summary>
internal sealed record AnswerQuestionOptions(int QuestionId, bool AnswerWritten = false);
