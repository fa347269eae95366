using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Admin;

/// <summary>Admin endpoints take the key in <c>X-Admin-Key</c>; with no key configured only loopback callers get in.</summary>
internal sealed class AdminKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var configured = options.Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            var remote = http.Connection.RemoteIpAddress;
            if (remote is not null && !IPAddress.IsLoopback(remote)) return Results.Unauthorized();
            return await next(context);
        }

        var given = http.Request.Headers["X-Admin-Key"].ToString();
        var ok = given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured));
        return ok ? await next(context) : Results.Unauthorized();
    }
}
