using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// A Bot Framework channel on a loopback port: OpenID metadata and a JWKS with endorsements (our own RSA keys), a
/// token minter, and a Bot Connector sink that records what the bot sends and answers with scripted statuses.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();

    public RSA ChannelKey { get; } = RSA.Create(2048);
    public RSA UnendorsedKey { get; } = RSA.Create(2048);
    public RSA UnknownKey { get; } = RSA.Create(2048);
    public ConcurrentQueue<Received> Requests { get; } = new();
    public SemaphoreSlim RequestArrived { get; } = new(0);
    public string BaseUrl { get; }
    public string ServiceUrl => BaseUrl + "/connector/";
    public string MetadataUrl => BaseUrl + "/openid";

    private FakeChannel(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeChannel? self = null;
        app.MapGet("/openid", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = self!.BaseUrl + "/auth",
            ["jwks_uri"] = self.BaseUrl + "/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/keys", () => Results.Text(self!.Jwks(), "application/json"));
        app.MapPost("/connector/v3/conversations/{conversationId}/activities/{**rest}", (Func<HttpContext, Task<IResult>>)(http => self!.RecordAsync(http)));
        app.MapPost("/connector/v3/conversations/{conversationId}/activities", (Func<HttpContext, Task<IResult>>)(http => self!.RecordAsync(http)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeChannel(app, address.TrimEnd('/'));
        return self;
    }

    /// <summary>The next connector calls answer with these statuses (then 200).</summary>
    public void Script(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    public string Token(Action<SecurityTokenDescriptor>? change = null, RSA? key = null, string kid = "channel-key", string? serviceUrl = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            NotBefore = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1),
            IssuedAt = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1),
            Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl ?? ServiceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? ChannelKey) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private string Jwks()
    {
        static JsonObject Key(RSA rsa, string kid, string[] endorsements)
        {
            var p = rsa.ExportParameters(false);
            var o = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
            };
            return o;
        }
        var keys = new JsonArray(Key(ChannelKey, "channel-key", ["msteams", "test", "webchat", "directline"]), Key(UnendorsedKey, "other-key", ["skype"]));
        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    private async Task<IResult> RecordAsync(HttpContext http)
    {
        using var doc = await JsonDocument.ParseAsync(http.Request.Body);
        Requests.Enqueue(new Received(http.Request.Path, http.Request.Headers.Authorization.ToString(), doc.RootElement.Clone()));
        RequestArrived.Release();
        if (_script.TryDequeue(out var next))
        {
            if (next.RetryAfter is not null) http.Response.Headers.RetryAfter = next.RetryAfter;
            return Results.StatusCode(next.Status);
        }
        return Results.Json(new { id = "sent-" + Requests.Count });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        ChannelKey.Dispose();
        UnendorsedKey.Dispose();
        UnknownKey.Dispose();
    }

    public sealed record Received(string Path, string Authorization, JsonElement Body);
}
