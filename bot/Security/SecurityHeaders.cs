namespace LeftBehind.Bot.Security;

/// <summary>
/// Headers on every response: nothing is sniffed, framed or leaks a referrer; the Web Chat page may run only its own
/// scripts and talk only to its own origin; anything that is not a static file is never cached (child data).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The page: our scripts only (Web Chat's bundle included), styles inline (Web Chat injects them), images from us.
    /// connect-src allows blob: because Direct Line reads the photo the user picked from its blob: URL to upload it.
    /// </summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self' blob:; media-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

    /// <summary>Everything else (JSON, errors): nothing may run or be framed.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            if (!headers.ContainsKey("Referrer-Policy")) headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                var html = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                headers.ContentSecurityPolicy = html ? PagePolicy : ApiPolicy;
            }
            if (!headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
