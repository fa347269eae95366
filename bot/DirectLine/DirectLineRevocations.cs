using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// Revoked grants: every token of a conversation, or of a user id, issued up to the moment of revocation stops working
/// (REST calls, refresh, reconnect and open streams). Kept as rows of <c>directline_settings</c>
/// (<c>revoked-c:{conversation}</c>, <c>revoked-u:{sha256(user)}</c> → unix ms) so they survive a restart. Other
/// instances hear a revocation at once over the <see cref="IBackplane"/> (and close their open streams of it); they
/// also re-read the rows every minute and after a backplane reconnect, so a lost message costs at most that.
/// </summary>
internal sealed class DirectLineRevocations : IDisposable
{
    public const string Topic = "dl-revoked";
    private const int ConversationsPerMessage = 40;
    private static readonly TimeSpan Reload = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, long> _revoked = new(StringComparer.Ordinal);
    private readonly IDbConnectionFactory _db;
    private readonly DirectLineHub _hub;
    private readonly TimeProvider _time;
    private readonly IBackplane _backplane;
    private readonly IDisposable[] _subscriptions;
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    public DirectLineRevocations(IDbConnectionFactory db, DirectLineHub hub, TimeProvider time, IBackplane? backplane = null)
    {
        _db = db;
        _hub = hub;
        _time = time;
        _backplane = backplane ?? new InProcessBackplane();
        _subscriptions = [_backplane.Subscribe(Topic, Apply), _backplane.OnReconnected(() => _loadedAt = DateTimeOffset.MinValue)];
    }

    public async Task<bool> IsRevokedAsync(DirectLineToken token, CancellationToken ct)
    {
        if (_time.GetUtcNow() - _loadedAt > Reload) await LoadAsync(ct).ConfigureAwait(false);
        var issued = token.IssuedAt.ToUnixTimeMilliseconds();
        if (_revoked.TryGetValue(ConversationKey(token.ConversationId), out var c) && issued <= c) return true;
        return token.UserId is { } u && _revoked.TryGetValue(UserKey(u), out var p) && issued <= p;
    }

    public Task RevokeConversationAsync(string conversationId, CancellationToken ct) => RevokeAsync(ConversationKey(conversationId), [conversationId], ct);

    public async Task RevokeUserAsync(string userId, CancellationToken ct)
    {
        var conversations = new List<string>();
        await using (var connection = await _db.OpenAsync(ct).ConfigureAwait(false))
        await using (var cmd = connection.Command("SELECT id FROM directline_conversations WHERE user_id = @u", null, ("@u", userId)))
        await using (var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) conversations.Add(reader.GetString(0));
        }
        await RevokeAsync(UserKey(userId), conversations, ct).ConfigureAwait(false);
    }

    private async Task RevokeAsync(string key, IEnumerable<string> conversations, CancellationToken ct)
    {
        var at = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await _db.WriteAsync(async (connection, tx, token) =>
        {
            await using var del = connection.Command("DELETE FROM directline_settings WHERE name = @n", tx, ("@n", key));
            await del.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            await using var ins = connection.Command("INSERT INTO directline_settings (name, value) VALUES (@n, @v)", tx,
                ("@n", key), ("@v", at.ToString(CultureInfo.InvariantCulture)));
            return await ins.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        // Every instance (this one included) forgets the grant and ends its open streams now rather than at their token's expiry.
        var all = conversations.ToList();
        var head = key + "\n" + at.ToString(CultureInfo.InvariantCulture) + "\n";
        for (var i = 0; i == 0 || i < all.Count; i += ConversationsPerMessage)
        {
            await _backplane.PublishAsync(Topic, head + string.Join('\n', all.Skip(i).Take(ConversationsPerMessage)), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private void Apply(string message)
    {
        var parts = message.Split('\n');
        if (parts.Length < 2 || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var at)) return;
        _revoked.AddOrUpdate(parts[0], at, (_, old) => Math.Max(old, at));
        foreach (var conversation in parts.Skip(2).Where(c => c.Length > 0)) _hub.Close(conversation);
    }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await using var connection = await _db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT name, value FROM directline_settings WHERE name LIKE 'revoked-%'");
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (long.TryParse(reader.GetString(1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var at)) _revoked[reader.GetString(0)] = at;
        }
        _loadedAt = _time.GetUtcNow();
    }

    private static string ConversationKey(string conversationId) => "revoked-c:" + (conversationId.Length <= 50 ? conversationId : Hash(conversationId));

    private static string UserKey(string userId) => "revoked-u:" + Hash(userId);

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..48];
}
