using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record CallBookingInfo(int Id, int ChildId, int ParentId, DateTimeOffset ScheduledAt, CallBookingStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? DoneAt);
