namespace LeftBehind.Archive.Model;

public enum QuestionStatus
{
    Open,
    Answered,
    Closed,
}
