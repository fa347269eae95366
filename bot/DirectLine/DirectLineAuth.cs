using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// Bearer secret or token on every REST call; 401 when missing or wrong, 403 <c>TokenExpired</c> for an expired token.
/// With no secret configured, callers without credentials act as the secret holder from loopback (or anywhere when
/// <c>DirectLine:AllowAnonymous</c> is set), so the page and local tools work out of the box.
/// </summary>
internal sealed class DirectLineAuth(DirectLineTokens tokens, DirectLineRevocations revocations, IOptions<DirectLineOptions> options)
{
    public async Task<DirectLineCaller> AuthenticateAsync(HttpContext http, string? queryToken = null)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var credential = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : queryToken;
        var secret = options.Value.Secret;
        if (string.IsNullOrEmpty(credential))
        {
            if (string.IsNullOrEmpty(secret) && (options.Value.AllowAnonymous || IsLoopback(http))) return DirectLineCaller.Secret;
            return new DirectLineCaller(false, null, StatusCodes.Status401Unauthorized, "BadArgument");
        }
        if (!string.IsNullOrEmpty(secret) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret)))
            return DirectLineCaller.Secret;

        var token = await tokens.ReadAsync(credential, http.RequestAborted);
        if (token is null) return new DirectLineCaller(false, null, StatusCodes.Status401Unauthorized, "BadArgument");
        if (tokens.IsExpired(token)) return new DirectLineCaller(false, token, StatusCodes.Status403Forbidden, "TokenExpired");
        if (await revocations.IsRevokedAsync(token, http.RequestAborted)) return new DirectLineCaller(false, null, StatusCodes.Status403Forbidden, "TokenRevoked");
        return new DirectLineCaller(false, token, null, null);
    }

    public static bool IsLoopback(HttpContext http) => http.Connection.RemoteIpAddress is not { } ip || IPAddress.IsLoopback(ip);
}
