namespace LeftBehind.Archive.Services;

/// <summary>
/// 应急: raised by a teacher or guardian (or a parent); every recipient must acknowledge; replies go to everyone on
/// it; the raiser, a teacher or the guardian resolves it. Every step is kept as its timeline.
/// </summary>
public interface IEmergencyService
{
    /// <summary>Recipients: the parents, the guardian and the head teacher (and paired teacher), except the raiser.</summary>
    /// <remarks><paramref name="text"/> is the raiser's words, kept as said; <paramref name="kind"/> the kind chosen from the menu (<see cref="EmergencyKind.Other"/>: described in their words).</remarks>
    Task<EmergencyInfo> RaiseAsync(Actor actor, int childId, string text, EmergencyKind kind = EmergencyKind.Other, CancellationToken cancellationToken = default);

    /// <summary>True when the actor was a recipient and is now acknowledged (idempotent).</summary>
    Task<bool> AcknowledgeAsync(Actor actor, int emergencyId, CancellationToken cancellationToken = default);

    Task<EmergencyInfo?> GetAsync(Actor actor, int emergencyId, CancellationToken cancellationToken = default);

    /// <summary>Open emergencies with unacknowledged recipients (for the repeat/escalate job). No policy: for jobs.</summary>
    Task<IReadOnlyList<EmergencyInfo>> UnacknowledgedAsync(CancellationToken cancellationToken = default);

    /// <summary>Open (unresolved) emergencies the person raised or was alerted to, newest first.</summary>
    Task<IReadOnlyList<EmergencyInfo>> OpenForAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>Counts an alert sent to a recipient (the job repeats and escalates on AlertCount).</summary>
    Task RecordAlertAsync(int emergencyId, int personId, CancellationToken cancellationToken = default);

    /// <summary>Keeps, once, that the others were told who has not acknowledged.</summary>
    Task RecordEscalationAsync(int emergencyId, CancellationToken cancellationToken = default);

    /// <summary>Keeps a reply by someone on the emergency; its id (for the send keys), or null when they are not on it or it is closed.</summary>
    Task<int?> AddReplyAsync(Actor actor, int emergencyId, string text, CancellationToken cancellationToken = default);

    /// <summary>The person's newest reply on the emergency; null when they have written none.</summary>
    Task<EmergencyReplyInfo?> LastReplyAsync(int emergencyId, int personId, CancellationToken cancellationToken = default);

    /// <summary>Closes the emergency with the resolver's note; repeats and escalation stop.</summary>
    Task<EmergencyResolution> ResolveAsync(Actor actor, int emergencyId, string note, CancellationToken cancellationToken = default);

    /// <summary>For the admin: emergencies, newest first (open only, closed only, or all), each with its timeline.</summary>
    Task<IReadOnlyList<EmergencyReport>> ListAsync(bool? open, int limit, CancellationToken cancellationToken = default);
}
