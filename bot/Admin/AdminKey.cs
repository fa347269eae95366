using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Bot.Admin;

/// <summary>The one check behind the admin API and <c>/metrics</c>: <c>X-Admin-Key</c>, or loopback when no key is set (Development only).</summary>
internal static class AdminKey
{
    public static bool Allows(HttpContext http, string? configured)
    {
        if (string.IsNullOrEmpty(configured))
        {
            var remote = http.Connection.RemoteIpAddress;
            return remote is null || IPAddress.IsLoopback(remote);
        }
        var given = http.Request.Headers["X-Admin-Key"].ToString();
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured));
    }
}
