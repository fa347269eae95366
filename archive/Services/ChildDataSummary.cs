namespace LeftBehind.Archive.Services;

/// <summary>One child of the person and how many records of each kind are kept about them.</summary>
public sealed record ChildDataSummary(
    int ChildId, string Name, string School, string? ClassName, int Attendance, int Notes, int Letters, int Questions, int CallBookings, int LeaveRequests);
