namespace LeftBehind.Bot.Connector;

/// <summary>The bearer token our bot presents to a channel's Bot Connector; null in dev mode (no app id).</summary>
internal interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
