using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record AuditRecord(DateTimeOffset At, ActorRole ActorRole, int? ActorPersonId, string Action, int? ChildId, bool Allowed);
