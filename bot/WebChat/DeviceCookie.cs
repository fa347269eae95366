using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace LeftBehind.Bot.WebChat;

/// <summary>
/// The Web Chat page's identity: a random device secret in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS) that
/// only <c>/webchat</c> receives. The user id is derived from it on the server, so no script — ours or a stored page's —
/// can read it, and an id alone (seen in an export, a log or a screenshot) signs nobody in.
/// </summary>
internal static class DeviceCookie
{
    public const string Name = "lb_device";
    public const string Path = "/webchat";

    public static string? Read(HttpRequest request)
    {
        var value = request.Cookies[Name];
        if (value is not { Length: 43 }) return null;
        try
        {
            return WebEncoders.Base64UrlDecode(value).Length == 32 ? value : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string Issue(HttpContext http)
    {
        var value = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        http.Response.Cookies.Append(Name, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = http.Request.PathBase.Add(Path).Value,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return value;
    }
}
