namespace LeftBehind.Dialogs.Notifications;

/// <summary>One child's line in a parent's monthly digest: last month's days, records, letters and calls, and the guardian's reminder replies.</summary>
public sealed record MonthlyDigestChild(string ChildName, int Present, int Absent, int Late, int Notes, int Letters, int Calls, int GuardianReplies, int GuardianRepliesDone);
