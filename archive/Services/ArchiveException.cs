namespace LeftBehind.Archive.Services;

/// <summary>The one failure type the archive services throw; <see cref="Error"/> says what to tell the user.</summary>
public sealed class ArchiveException(ArchiveError error, string message) : Exception(message)
{
    public ArchiveError Error { get; } = error;

    public static ArchiveException NotFound() => new(ArchiveError.NotFound, "not found");
}
