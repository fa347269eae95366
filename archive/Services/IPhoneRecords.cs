using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>
/// What SMS and voice delivery read and write in the archive: roster numbers of people not erased, stated channel
/// preferences, 退订 opt-outs, the per-number SMS count, and binding a roster number to its person. The numbers given
/// are already normalised by the caller (PhoneAddress); the archive compares them as stored.
/// </summary>
public interface IPhoneRecords
{
    /// <summary>The roster number of a person not erased, as entered; null when there is none.</summary>
    Task<string?> GetRosterPhoneAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>Stores the channel a person asked to be reached on first (短信 / 语音电话 / 微信 / 网页).</summary>
    Task SetPreferredChannelAsync(int personId, PreferredChannel preferred, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The roster numbers (as entered) of those of <paramref name="personIds"/> not erased who have one.</summary>
    Task<IReadOnlyList<PersonPhone>> GetRosterPhonesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    /// <summary>The channel each of <paramref name="personIds"/> said they prefer, for those who said.</summary>
    Task<IReadOnlyDictionary<int, PreferredChannel>> GetPreferredChannelsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="phones"/> replied 退订.</summary>
    Task<IReadOnlySet<string>> GetOptedOutAsync(IReadOnlyCollection<string> phones, CancellationToken cancellationToken = default);

    /// <summary>
    /// The outbox's non-urgent sends (not failed) on <paramref name="channel"/> to each of <paramref name="phones"/> since
    /// <paramref name="since"/>: what we sent of our own accord. The answers within the person's own SMS conversation
    /// (to what they texted) and the 退订/订阅 confirmations are not counted: they are replies, not notices.
    /// </summary>
    Task<IReadOnlyDictionary<string, int>> CountSendsSinceAsync(string channel, IReadOnlyCollection<string> phones, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Records a 退订 (kept once per number; the keyword is cut to 16 characters).</summary>
    Task OptOutAsync(string phone, string keyword, string provider, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Takes a 退订 back (订阅).</summary>
    Task OptInAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>People not erased whose roster number contains <paramref name="digits"/> (the caller compares the normalised numbers).</summary>
    Task<IReadOnlyList<RosterPhoneMatch>> FindByPhoneDigitsAsync(string digits, CancellationToken cancellationToken = default);

    /// <summary>
    /// Binds a roster number on a phone channel to its person, with the role their roster entry gives; false when the
    /// number was bound a moment ago by someone else.
    /// </summary>
    Task<bool> BindRosterNumberAsync(int personId, string channelId, string phone, string conversationReferenceJson, DateTimeOffset at, CancellationToken cancellationToken = default);
}
