using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Staff;

/// <summary>One read of a child's data as the audit page shows it: who (staff account, or the chat's person), what, which child, when.</summary>
public sealed record AuditRow(DateTimeOffset At, string Action, string? ChildName, ActorRole ActorRole, string? Actor, bool Allowed);
