namespace LeftBehind.Dialogs.Teacher;

internal sealed record AnswerQuestionOptions(int QuestionId);
