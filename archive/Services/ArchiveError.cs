namespace LeftBehind.Archive.Services;

public enum ArchiveError
{
    /// <summary>The record does not exist or the actor may not see it: deliberately indistinguishable.</summary>
    NotFound,
    /// <summary>Input failed validation (empty text, bad date range, wrong status for the operation).</summary>
    Invalid,
    /// <summary>The question was already closed; it cannot be answered or handed over.</summary>
    QuestionClosed,
    /// <summary>The actor's role cannot do this (e.g. a parent writing a teacher note).</summary>
    Forbidden,
}
