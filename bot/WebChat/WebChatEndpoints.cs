using System.Security.Cryptography;
using LeftBehind.Bot.DirectLine;
using Microsoft.Extensions.FileProviders;

namespace LeftBehind.Bot.WebChat;

/// <summary>
/// The Web Chat page at <c>/</c> (files under <c>webchat/</c> next to the binaries, botframework-webchat included) and
/// the page's own back end: <c>POST /webchat/token</c> mints a Direct Line token the way a web site's server would with
/// the secret, so the secret never reaches a browser.
/// </summary>
internal static class WebChatEndpoints
{
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "webchat");
        if (!Directory.Exists(root)) return app;
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // The page's assets were compressed at build time (webchat-build.mjs); a phone on a slow link gets the
        // Brotli or gzip copy, and every asset but index.html carries its content hash, so it is cached for a year.
        app.UseMiddleware<PrecompressedFiles>(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedContentTypes(),
            OnPrepareResponse = ctx => PrecompressedFiles.PrepareResponse(ctx),
        });
        return app;
    }

    public static void MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webchat/token", TokenAsync);
        app.MapGet("/webchat/config", (DemoInviteCodes codes, IHostEnvironment env) =>
            Results.Json(new WebChatConfig("zh-CN", env.IsDevelopment() || codes.DemoMode ? codes.Get() : [])));
    }

    private static async Task<IResult> TokenAsync(HttpContext http, DirectLineTokens tokens, DirectLineStore store)
    {
        var userId = http.Request.Query["userId"].ToString();
        // The page keeps its user id in the browser; a missing or odd one gets a fresh random id (never a name).
        if (userId.Length is < 8 or > 64 || !userId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || userId.StartsWith("dl_", StringComparison.Ordinal))
            userId = "web-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var conversationId = Guid.NewGuid().ToString("n");
        await store.CreateConversationAsync(conversationId, null, http.RequestAborted);
        var (token, expiresIn) = await tokens.IssueAsync(conversationId, userId, http.RequestAborted);
        return Results.Json(new WebChatToken(conversationId, token, expiresIn, userId));
    }
}
