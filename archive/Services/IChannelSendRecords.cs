using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>
/// The ledger of every SMS and call (archive_channel_sends): written before the provider is called, settled by the
/// provider's answer, receipt or call result, and read by the delivery figures.
/// </summary>
public interface IChannelSendRecords
{
    /// <summary>Starts (or restarts) the send of <paramref name="send"/>'s key; see <see cref="ChannelSendStart"/> for what came of it.</summary>
    Task<ChannelSendStart> BeginAsync(NewChannelSend send, TimeSpan receiptWait, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Sends a key again whose earlier attempt the provider's status query showed it never took (or that failed).</summary>
    Task RestartAsync(long id, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task AcceptedAsync(long id, string? providerId, int parts, decimal cost, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task UnknownAsync(long id, string error, int parts, decimal cost, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task FailedAsync(long id, string error, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// A receipt or call result. Matched by our reference when the provider returns it, else by its own id, else (Tencent
    /// SMS receipts carry neither for a send whose answer was lost) the oldest unsettled send to that number.
    /// </summary>
    Task<bool> SettleAsync(string channel, string provider, string? reference, string? providerId, string? phone, ChannelSendStatus status, string? error, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The newest send on <paramref name="channel"/> to <paramref name="phone"/> last changed at or after <paramref name="since"/>, or null.</summary>
    Task<ChannelSendState?> LatestToAsync(string channel, string phone, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>The sends created in [<paramref name="from"/>, <paramref name="to"/>), for the delivery figures.</summary>
    Task<IReadOnlyList<ChannelSendFigure>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
