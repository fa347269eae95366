using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace LeftBehind.Bot.WebChat;

/// <summary>
/// Serves the Brotli or gzip copy that the build wrote next to a page asset when the browser accepts it, so the
/// 1.9 MB Web Chat bundle crosses a 1 Mbit/s village link as 370 KB without compressing per request.
/// </summary>
internal sealed class PrecompressedFiles(RequestDelegate next, IFileProvider files)
{
    private static readonly (string Token, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is null || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }
        if (path.EndsWith(".br", StringComparison.Ordinal) || path.EndsWith(".gz", StringComparison.Ordinal))
        {
            // The compressed copies are reached only through Accept-Encoding; served bare they would be garbage.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        foreach (var (token, suffix) in Encodings)
        {
            if (!accepted.Contains(token, StringComparison.OrdinalIgnoreCase) || !files.GetFileInfo(path + suffix).Exists) continue;
            context.Request.Path = path + suffix;
            context.Response.Headers.ContentEncoding = token;
            break;
        }
        if (files.GetFileInfo(path).Exists) context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        return next(context);
    }

    public static void PrepareResponse(StaticFileResponseContext ctx)
    {
        var name = ctx.File.Name;
        var headers = ctx.Context.Response.Headers;
        // index.html names the hashed assets, so it is always revalidated; the assets themselves never change.
        headers.CacheControl = name.StartsWith("index.html", StringComparison.Ordinal)
            ? "no-cache"
            : "public, max-age=31536000, immutable";
    }
}
