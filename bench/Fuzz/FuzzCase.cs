namespace LeftBehind.Bench.Fuzz;

/// <summary>One hostile request: which kind, where, with what body and credentials, and the statuses that are acceptable.</summary>
internal sealed record FuzzCase(string Kind, string Method, string Path, byte[]? Body, string? ContentType, string? Bearer, Func<int, bool> Acceptable);
