namespace LeftBehind.Archive.Model;

internal enum EmergencyEventKind
{
    Raised = 0,
    Alerted = 1,
    Acknowledged = 2,
    Reply = 3,
    Escalated = 4,
    Resolved = 5,
}
