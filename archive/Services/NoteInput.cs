namespace LeftBehind.Archive.Services;

/// <summary>POST /admin/notes item. Category: study|behaviour|emotion|health|safety (or 学习/行为/情绪/健康/安全).</summary>
public sealed record NoteInput(string? School, string? StudentNumber, string? Category, string? Text, string? Kind, string? Visibility, string? Author);
