namespace LeftBehind.Archive.Services;

/// <summary>People as message recipients (profiles of erased people are left out), read in chunks so a county-wide run stays cheap.</summary>
public interface IRecipientQueries
{
    Task<IReadOnlyList<RecipientProfile>> GetProfilesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ChannelBindingInfo>> GetBindingsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);
}
