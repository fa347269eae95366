namespace LeftBehind.Archive.Model;

/// <summary>A person's one-word answer to a tip: 有用 (1) or 没用 (2).</summary>
public enum TipFeedback
{
    Useful = 1,
    NotUseful = 2,
}
