namespace LeftBehind.Tests.Bot;

/// <summary>Stands in for MSAL (which would call the real login service); counts requests so tests see when a token was asked for.</summary>
internal sealed class FakeConnectorTokens : LeftBehind.Bot.Connector.IConnectorTokenProvider
{
    private int _requests;

    public int Requests => _requests;

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return Task.FromResult<string?>("bot-token");
    }
}
