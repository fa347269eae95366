using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// The providers' receipt and reply callbacks are unsigned, so they must come with our shared secret (<c>?token=</c>)
/// and/or from an allowed address; every configured check must pass, and with none configured nothing is accepted.
/// </summary>
internal static class CallbackGuard
{
    public static bool Allowed(HttpContext http, CallbackOptions options)
    {
        var secret = options.SharedSecret;
        var hasSecret = !string.IsNullOrEmpty(secret);
        var hasList = options.AllowedAddresses.Count > 0;
        if (!hasSecret && !hasList) return false;
        if (hasSecret)
        {
            var given = http.Request.Query["token"].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret!))) return false;
        }
        if (hasList)
        {
            var remote = http.Connection.RemoteIpAddress;
            if (remote is null) return false;
            if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
            if (!options.AllowedAddresses.Any(a => IPAddress.TryParse(a, out var ip) && ip.Equals(remote))) return false;
        }
        return true;
    }
}
