using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LeftBehind.Tests.Bot;

/// <summary>Direct Line 3.0 calls exactly as botframework-directlinejs makes them (observed shapes).</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public string? Token { get; set; }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "/v3/directline" + path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs 0.15.8)");
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response, body);
    }

    public async Task<string> StartAsync(string body = """{"user":{},"locale":"zh-CN"}""")
    {
        var (response, json) = await SendAsync(HttpMethod.Post, "/conversations", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Token = json.GetProperty("token").GetString();
        return json.GetProperty("conversationId").GetString()!;
    }

    public async Task<JsonElement> PostMessageAsync(string conversationId, string text, string clientActivityId)
    {
        var body = $$"""{"type":"message","channelId":"webchat","from":{"id":"webchat-user","name":"Web Chat user","role":"user"},"text":"{{text}}","textFormat":"plain","locale":"zh-CN","channelData":{"attachmentSizes":[],"clientActivityID":"{{clientActivityId}}"},"entities":[{"type":"ClientCapabilities","requiresBotState":true}]}""";
        var (response, json) = await SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", body);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return json;
    }

    public async Task<(List<JsonElement> Activities, string Watermark)> GetAsync(string conversationId, string? watermark)
    {
        var (response, json) = await SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark={watermark}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (json.GetProperty("activities").EnumerateArray().ToList(), json.GetProperty("watermark").GetString()!);
    }

    public static StringContent Json(object o) => new(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    public static Task<T?> ReadAsync<T>(HttpResponseMessage r) => r.Content.ReadFromJsonAsync<T>();
}
