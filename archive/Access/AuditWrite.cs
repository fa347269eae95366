using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Access;

/// <summary>One item of the <see cref="AuditWriter"/>'s queue: a row, or a marker released once the rows before it are written.</summary>
internal sealed record AuditWrite(AuditEntry? Entry, TaskCompletionSource? Flushed);
