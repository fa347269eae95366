namespace LeftBehind.Archive.Services;

/// <summary>A proposed or confirmed call home that is about to happen.</summary>
public sealed record CallBookingDue(int Id, int ChildId, int ParentId, DateTimeOffset ScheduledAt);
