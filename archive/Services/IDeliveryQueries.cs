namespace LeftBehind.Archive.Services;

/// <summary>
/// The archive reads the outbox makes around a delivery (system reads, no user's actor): whether an emergency call is
/// still wanted, whom to tell when a person cannot be reached, and who is reachable by nothing. Erased people are left out.
/// </summary>
public interface IDeliveryQueries
{
    /// <summary>Where an emergency stands for one recipient's call; null when there is no such emergency.</summary>
    Task<EmergencyCallState?> GetEmergencyCallStateAsync(int emergencyId, int personId, CancellationToken cancellationToken = default);

    /// <summary>The person's name (for the head teacher's notice); null when unknown.</summary>
    Task<PersonRef?> GetPersonAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>The head teachers of the person's children (other than the person), each with the child's name.</summary>
    Task<IReadOnlyList<HeadTeacherOfChild>> GetHeadTeachersAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Which of <paramref name="personIds"/> an open emergency concerns (raised it, were alerted on it, or belong to the
    /// child's family), one entry per person (the newest emergency); empty when no emergency is open.
    /// </summary>
    Task<IReadOnlyList<OpenEmergencyMember>> GetOnOpenEmergencyAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    /// <summary>The channel of every binding, by binding id.</summary>
    Task<IReadOnlyDictionary<int, string>> GetBindingChannelsAsync(CancellationToken cancellationToken = default);

    /// <summary>Everyone not erased, with their roster number and how many bindings they have on channels other than <paramref name="phoneChannels"/>.</summary>
    Task<IReadOnlyList<PersonReach>> GetReachAsync(IReadOnlyCollection<string> phoneChannels, CancellationToken cancellationToken = default);
}
