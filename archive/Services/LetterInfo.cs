using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A letter as shown; <paramref name="ReadToChildAt"/> and <paramref name="ReadToChildBy"/> say when and by whom it was read to the child.</summary>
public sealed record LetterInfo(int Id, int ChildId, LetterDirection Direction, PersonRef? Author, string? Text, string? PhotoUrl, string? PhotoContentType, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadToChildAt = null, PersonRef? ReadToChildBy = null);
