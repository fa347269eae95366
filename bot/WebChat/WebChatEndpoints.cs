using LeftBehind.Bot.DirectLine;
using LeftBehind.Bot.Security;
using Microsoft.Extensions.FileProviders;

namespace LeftBehind.Bot.WebChat;

/// <summary>
/// The Web Chat page at <c>/</c> (files under <c>webchat/</c> next to the binaries, botframework-webchat included) and
/// the page's own back end: <c>POST /webchat/token</c> mints a Direct Line token the way a web site's server would with
/// the secret, so the secret never reaches a browser. The page may name the conversation it had before a reload or a
/// phone restart (<see cref="WebChatResume"/>): when it still exists and is this device's, the token is for it and the
/// page resumes it; otherwise a new conversation is started.
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
        app.MapPost("/webchat/token", TokenAsync).WithRateLimitGroup(RateLimitGroup.Tokens);
        // Demo codes are published only in Development: elsewhere a listed code would bind a stranger to a child.
        app.MapGet("/webchat/config", (DemoInviteCodes codes, IHostEnvironment env) =>
            Results.Json(new WebChatConfig("zh-CN", env.IsDevelopment() ? codes.Get() : [])));
    }

    private static async Task<IResult> TokenAsync(HttpContext http, DirectLineTokens tokens, DirectLineStore store)
    {
        // The user id comes only from the device cookie; a userId in the query (as the page once sent) is ignored.
        var device = DeviceCookie.Read(http.Request) ?? DeviceCookie.Issue(http);
        var userId = "web-" + await tokens.DeriveIdAsync("webchat-device", device, http.RequestAborted);
        http.Response.Headers.CacheControl = "no-store";
        var earlier = await WebChatResume.ReadAsync(http.Request);
        // Only this device's own conversation is resumed; a conversation id from elsewhere is as good as none.
        var resumed = earlier is { } id && await store.UserOfAsync(id, http.RequestAborted) == userId;
        var conversationId = resumed ? earlier! : Guid.NewGuid().ToString("n");
        if (!resumed) await store.CreateConversationAsync(conversationId, null, http.RequestAborted);
        var (token, expiresIn) = await tokens.IssueAsync(conversationId, userId, http.RequestAborted);
        return Results.Json(new WebChatToken(conversationId, token, expiresIn, userId, resumed));
    }
}
