using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LeftBehind.Bot.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Tests.Bot;

/// <summary>The service configured with an app id, trusting keys served by a <see cref="FakeChannel"/>.</summary>
public sealed class ChannelFixture : IAsyncLifetime
{
    public FakeChannel Channel { get; private set; } = null!;
    public HostFactory Host { get; private set; } = null!;
    internal FakeConnectorTokens Tokens { get; } = new();

    public async Task InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Host = new HostFactory();
        Host.Settings["MicrosoftAppId"] = FakeChannel.AppId;
        Host.Settings["MicrosoftAppPassword"] = "not-used";
        Host.Settings["ToBotFromChannelOpenIdMetadataUrl"] = Channel.MetadataUrl;
        Host.TestServices = s => s.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(Tokens));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }

    public static string Message(string serviceUrl, string text = "你好", string channelId = "test", string? extra = null) =>
        $$"""
        {"type":"message","id":"act-1","channelId":"{{channelId}}","serviceUrl":"{{serviceUrl}}",
         "conversation":{"id":"conv-1"},"from":{"id":"user-1"},"recipient":{"id":"bot-1"},"text":"{{text}}"{{extra}}}
        """;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? token, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    public static JsonElement Json(string s) => JsonDocument.Parse(s).RootElement.Clone();
}
