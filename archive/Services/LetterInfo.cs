using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record LetterInfo(int Id, int ChildId, LetterDirection Direction, PersonRef? Author, string? Text, string? PhotoUrl, string? PhotoContentType, DateTimeOffset CreatedAt);
