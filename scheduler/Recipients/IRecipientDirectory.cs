namespace LeftBehind.Scheduler.Recipients;

/// <summary>The archive's view of people as message recipients (locale, zone, quiet hours, channel bindings).</summary>
public interface IRecipientDirectory
{
    Task<IReadOnlyDictionary<long, Recipient>> GetRecipientsAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<long, IReadOnlyList<RecipientBinding>>> GetBindingsAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken);
}
