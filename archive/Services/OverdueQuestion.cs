namespace LeftBehind.Archive.Services;

/// <summary>An open question past its reminder (or urgent) threshold; <see cref="EscalationLevel"/> as stored.</summary>
public sealed record OverdueQuestion(int Id, int ChildId, int? AssignedTeacherId, DateTimeOffset CreatedAt, bool Urgent, int EscalationLevel);
