namespace LeftBehind.Archive.Services;

/// <summary>应急: raised by a teacher or guardian (or a parent); every recipient must acknowledge.</summary>
public interface IEmergencyService
{
    /// <summary>Recipients: the parents, the guardian and the head teacher (and paired teacher), except the raiser.</summary>
    Task<EmergencyInfo> RaiseAsync(Actor actor, int childId, string text, CancellationToken cancellationToken = default);

    /// <summary>True when the actor was a recipient and is now acknowledged (idempotent).</summary>
    Task<bool> AcknowledgeAsync(Actor actor, int emergencyId, CancellationToken cancellationToken = default);

    Task<EmergencyInfo?> GetAsync(Actor actor, int emergencyId, CancellationToken cancellationToken = default);

    /// <summary>Open emergencies with unacknowledged recipients (for the repeat/escalate job). No policy: for jobs.</summary>
    Task<IReadOnlyList<EmergencyInfo>> UnacknowledgedAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts an alert sent to a recipient (the job repeats and escalates on AlertCount).</summary>
    Task RecordAlertAsync(int emergencyId, int personId, CancellationToken cancellationToken = default);
}
