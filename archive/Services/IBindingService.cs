namespace LeftBehind.Archive.Services;

/// <summary>Channel users ↔ persons. The conversations call this; the scheduler reads addresses for proactive sends.</summary>
public interface IBindingService
{
    /// <summary>
    /// Redeems an invite code (case-insensitive, spaces ignored). Wrong codes are counted per <paramref name="throttleKey"/>
    /// (the conversation or address) and per channel user; past the limit every attempt is Throttled, even a right code.
    /// Binding records consent (<paramref name="consent"/>, or the configured default text version), except
    /// <see cref="ConsentGiven.AskedSeparately"/>: then the chat asks for it after binding.
    /// </summary>
    Task<RedeemResult> RedeemAsync(string code, string channelId, string channelUserId, string conversationReferenceJson, string throttleKey, ConsentGiven? consent = null, CancellationToken cancellationToken = default);

    /// <summary>The bound person for a channel user, or null when unbound.</summary>
    Task<BoundPerson?> FindAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default);

    /// <summary>Every channel the person is bound on (send proactive messages to all of them).</summary>
    Task<IReadOnlyList<ChannelAddress>> GetAddressesAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>Keeps the stored conversation reference fresh (serviceUrl can change); no-op when unbound.</summary>
    Task UpdateConversationReferenceAsync(string channelId, string channelUserId, string conversationReferenceJson, CancellationToken cancellationToken = default);

    /// <summary>Removes the binding; true when there was one. The person can bind again with a new invite.</summary>
    Task<bool> UnbindAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The channel says the user left (a WeChat unfollow) but will recognise them if they come back: the binding stays,
    /// sends and sender lookups skip it until <see cref="ResumeAsync"/>. The person's id when a live binding was suspended.
    /// </summary>
    Task<int?> SuspendAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person has no live chat but left one (unfollowed the WeChat account): their binding is suspended, not missing,
    /// so whoever lists their reach says 已取消关注微信, never 还没开通.
    /// </summary>
    Task<bool> HasLeftChatAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>The same channel user is back: their suspended binding is live again. The person's id when one was resumed, else null.</summary>
    Task<int?> ResumeAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the bindings paused longer than <see cref="ArchiveOptions.SuspendedBindingRetentionDays"/> (their channel
    /// user id and conversation reference); how many. Live bindings are never touched; running it again deletes nothing more.
    /// </summary>
    Task<int> DeleteExpiredSuspensionsAsync(CancellationToken cancellationToken = default);
}
