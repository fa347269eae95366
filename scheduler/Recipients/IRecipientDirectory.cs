namespace LeftBehind.Scheduler.Recipients;

/// <summary>The archive's view of people as message recipients (locale, zone, quiet hours, channel bindings).</summary>
public interface IRecipientDirectory
{
    Task<IReadOnlyDictionary<int, Recipient>> GetRecipientsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<int, IReadOnlyList<RecipientBinding>>> GetBindingsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken);
}
