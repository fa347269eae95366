using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// The account's access_token from one place for every instance: kept in the database, refreshed shortly before it
/// expires (or when WeChat rejected it) by whichever instance takes the row's lock first; the others wait and read the
/// new one. WeChat gives each call to /cgi-bin/token a new token that invalidates the last, so two instances refreshing
/// at once would knock each other out; stable_token is used where the account allows it.
/// </summary>
internal sealed class WeChatTokenSource(
    WeChatStore store,
    IHttpClientFactory http,
    WeChatCounters counters,
    WeChatMetrics metrics,
    IOptions<WeChatOptions> options,
    TimeProvider time,
    ILogger<WeChatTokenSource> logger)
{
    private static readonly TimeSpan LockFor = TimeSpan.FromSeconds(30);
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():n}";
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile WeChatTokenRow? _cached;

    private WeChatOptions Options => options.Value;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cached is { AccessToken: { } cached } c && c.ExpiresAt - Options.TokenRefreshMargin > now) return cached;
        return await RefreshAsync(rejected: null, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A token other than <paramref name="rejected"/> that is not about to expire: the stored one if another instance
    /// already refreshed it, else a new one fetched under the lock.
    /// </summary>
    public async Task<string> RefreshAsync(string? rejected, CancellationToken ct)
    {
        // One refresh at a time in this process (the database lock is per instance); the calls that waited find its result.
        await _refresh.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Usable(_cached, rejected, time.GetUtcNow())) return _cached!.AccessToken!;
            _cached = null;
            return await RefreshSharedAsync(rejected, ct).ConfigureAwait(false);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<string> RefreshSharedAsync(string? rejected, CancellationToken ct)
    {
        var giveUp = time.GetUtcNow() + TimeSpan.FromSeconds(60);
        while (true)
        {
            var now = time.GetUtcNow();
            var row = await store.GetTokenAsync(Options.AppId!, ct).ConfigureAwait(false);
            if (Usable(row, rejected, now)) return Keep(row!);
            if (await store.TryLockTokenAsync(Options.AppId!, _owner, now, now + LockFor, ct).ConfigureAwait(false))
            {
                try
                {
                    row = await store.GetTokenAsync(Options.AppId!, ct).ConfigureAwait(false);
                    if (Usable(row, rejected, now)) return Keep(row!);
                    var (token, expiresIn) = await FetchAsync(force: rejected is not null, ct).ConfigureAwait(false);
                    var fetched = time.GetUtcNow();
                    await store.SaveTokenAsync(Options.AppId!, _owner, token, fetched + expiresIn, fetched, ct).ConfigureAwait(false);
                    logger.LogInformation("WeChat access_token refreshed; valid for {Seconds} s", (int)expiresIn.TotalSeconds);
                    return Keep(new WeChatTokenRow(token, fetched + expiresIn, fetched, (row?.Refreshes ?? 0) + 1));
                }
                catch
                {
                    await store.ReleaseTokenLockAsync(Options.AppId!, _owner, CancellationToken.None).ConfigureAwait(false);
                    throw;
                }
            }
            if (now > giveUp) throw new WeChatApiException("token", WeChatErrors.SystemBusy, "another instance holds the token lock");
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct).ConfigureAwait(false);
        }
    }

    private bool Usable(WeChatTokenRow? row, string? rejected, DateTimeOffset now) =>
        row is { AccessToken: { } token } && token != rejected && row.ExpiresAt - Options.TokenRefreshMargin > now;

    private string Keep(WeChatTokenRow row)
    {
        _cached = row;
        return row.AccessToken!;
    }

    private async Task<(string Token, TimeSpan ExpiresIn)> FetchAsync(bool force, CancellationToken ct)
    {
        var client = http.CreateClient(WeChatApiClient.HttpClientName);
        var api = Options.UseStableToken ? "stable_token" : "token";
        WeChatApiResult result;
        try
        {
            using var response = Options.UseStableToken
                ? await client.PostAsJsonAsync(new Uri(WeChatApiClient.BaseUri(Options), "cgi-bin/stable_token"),
                    new { grant_type = "client_credential", appid = Options.AppId, secret = Options.AppSecret, force_refresh = force }, ct).ConfigureAwait(false)
                : await client.GetAsync(new Uri(WeChatApiClient.BaseUri(Options),
                    $"cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(Options.AppId!)}&secret={Uri.EscapeDataString(Options.AppSecret!)}"), ct).ConfigureAwait(false);
            result = WeChatApiResult.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            metrics.Call(api, WeChatErrors.SystemBusy);
            await counters.ErrorAsync(WeChatErrors.SystemBusy, ct).ConfigureAwait(false);
            throw new WeChatApiException(api, WeChatErrors.SystemBusy, ex.GetType().Name, ex);
        }
        metrics.Call(api, result.ErrCode);
        var token = result.GetString("access_token");
        if (result.ErrCode != 0 || token is null)
        {
            logger.LogError("WeChat {Api} failed: errcode {ErrCode}", api, result.ErrCode);
            await counters.ErrorAsync(result.ErrCode, ct).ConfigureAwait(false);
            throw new WeChatApiException(api, result.ErrCode == 0 ? WeChatErrors.SystemBusy : result.ErrCode, result.ErrMsg);
        }
        var seconds = result.Body.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 7200;
        return (token, TimeSpan.FromSeconds(seconds));
    }
}
