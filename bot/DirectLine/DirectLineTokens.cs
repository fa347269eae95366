using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// Self-contained tokens: base64url(JSON {c, u, e}) + "." + base64url(HMAC-SHA256). The key is random, kept in the
/// database so tokens (and reconnects) survive a restart and work across instances.
/// </summary>
internal sealed class DirectLineTokens(IDbConnectionFactory db, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private byte[]? _key;

    /// <summary>A token for the conversation; <paramref name="chainStart"/> carries a refresh chain's beginning forward.</summary>
    public async Task<(string Token, int ExpiresIn)> IssueAsync(string conversationId, string? userId, CancellationToken ct, DateTimeOffset? chainStart = null)
    {
        var lifetime = options.Value.TokenLifetimeSeconds;
        var now = time.GetUtcNow();
        // A refresh never reaches past the chain's maximum lifetime: the last token of a chain simply lives shorter.
        var end = (chainStart ?? now).AddHours(options.Value.MaxTokenChainHours);
        var expiresAt = now.AddSeconds(lifetime) < end ? now.AddSeconds(lifetime) : end;
        lifetime = (int)Math.Max(0, (expiresAt - now).TotalSeconds);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, expiresAt.ToUnixTimeSeconds(),
            now.ToUnixTimeMilliseconds(), (chainStart ?? now).ToUnixTimeSeconds()));
        var key = await KeyAsync(ct).ConfigureAwait(false);
        var signature = HMACSHA256.HashData(key, payload);
        return (WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(signature), lifetime);
    }

    /// <summary>The token's grant, or null when it is forged or unreadable. Expiry is the caller's check.</summary>
    public async Task<DirectLineToken?> ReadAsync(string token, CancellationToken ct)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1 || token.Length > 4096) return null;
        byte[] payload, signature;
        try
        {
            payload = WebEncoders.Base64UrlDecode(token[..dot]);
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
        var key = await KeyAsync(ct).ConfigureAwait(false);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature)) return null;
        try
        {
            var p = JsonSerializer.Deserialize<TokenPayload>(payload);
            if (p is null || string.IsNullOrEmpty(p.c)) return null;
            var expires = DateTimeOffset.FromUnixTimeSeconds(p.e);
            // Tokens from before issue times were recorded count as issued a lifetime before they expire.
            var issued = p.i > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(p.i) : expires.AddSeconds(-options.Value.TokenLifetimeSeconds);
            var chain = p.o > 0 ? DateTimeOffset.FromUnixTimeSeconds(p.o) : issued;
            return new DirectLineToken(p.c, p.u, expires, issued, chain);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A stable, unguessable id derived from a secret the client holds (the Web Chat device cookie).</summary>
    public async Task<string> DeriveIdAsync(string purpose, string secret, CancellationToken ct)
    {
        var key = await KeyAsync(ct).ConfigureAwait(false);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose + "\n" + secret));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    public bool IsExpired(DirectLineToken token) => token.ExpiresAt <= time.GetUtcNow();

    public bool ChainEnded(DirectLineToken token) => token.ChainStart.AddHours(options.Value.MaxTokenChainHours) <= time.GetUtcNow();

    private async Task<byte[]> KeyAsync(CancellationToken ct)
    {
        if (_key is not null) return _key;
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using (await db.EnterWriteAsync(ct).ConfigureAwait(false))
        await using (var insert = connection.Command(
            "INSERT INTO directline_settings (name, value) VALUES ('token_key', @v) ON CONFLICT (name) DO NOTHING", null, ("@v", fresh)))
        {
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using var select = connection.Command("SELECT value FROM directline_settings WHERE name = 'token_key'");
        var stored = (string)(await select.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        _key = Convert.FromBase64String(stored);
        return _key;
    }

    /// <summary>c conversation, u user, e expiry (s), i issued (ms), o chain start (s).</summary>
    private sealed record TokenPayload(string c, string? u, long e, long i = 0, long o = 0);
}
