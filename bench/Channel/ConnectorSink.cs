using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Bench.Channel;

/// <summary>
/// The channel's Bot Connector, played locally: Kestrel on 127.0.0.1 (random port) answering the calls a bot makes to
/// its <c>serviceUrl</c> — ReplyToActivity and SendToConversation as 200 <c>{"id"}</c>, CreateConversation, and 200 for
/// anything else — and handing every activity received to <see cref="OnReply"/> and to the sink log.
/// </summary>
internal sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _seq;

    private ConnectorSink(WebApplication app, JsonLog? log)
    {
        _app = app;
        Log = log;
    }

    public string Url { get; private set; } = string.Empty;

    public JsonLog? Log { get; }

    public Action<SinkReply>? OnReply { get; set; }

    public long Requests => Interlocked.Read(ref _seq);

    public static async Task<ConnectorSink> StartAsync(JsonLog? log)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        var app = builder.Build();
        var sink = new ConnectorSink(app, log);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpContext http) => sink.ReceiveAsync(http, conversationId, activityId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext http) => sink.ReceiveAsync(http, conversationId, null));
        app.MapPost("/v3/conversations", (HttpContext http) => sink.CreateConversation(http));
        app.MapFallback((HttpContext http) => Results.Json(new { id = "sink-" + Interlocked.Increment(ref sink._seq) }));
        await app.StartAsync().ConfigureAwait(false);
        sink.Url = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return sink;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? pathActivityId)
    {
        var id = Interlocked.Increment(ref _seq);
        string type = "unknown";
        string? text = null, replyToId = null;
        try
        {
            using var doc = await JsonDocument.ParseAsync(http.Request.Body).ConfigureAwait(false);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String) type = t.GetString()!;
                if (root.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String) text = x.GetString();
                if (root.TryGetProperty("replyToId", out var r) && r.ValueKind == JsonValueKind.String) replyToId = r.GetString();
            }
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        var reply = new SinkReply(conversationId, replyToId ?? pathActivityId, type, text);
        Log?.Write(new { kind = "reply", conv = reply.ConversationId, replyToId = reply.ReplyToId, type = reply.Type, text = reply.Text });
        OnReply?.Invoke(reply);
        return Results.Json(new { id = "sink-" + id });
    }

    private IResult CreateConversation(HttpContext http)
    {
        var id = Interlocked.Increment(ref _seq);
        return Results.Json(new { id = "sink-conv-" + id, activityId = "sink-" + id, serviceUrl = Url });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
