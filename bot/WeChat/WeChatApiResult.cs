using System.Text.Json;

namespace LeftBehind.Bot.WeChat;

/// <summary>A WeChat API answer: its errcode (0 when absent) and the whole body.</summary>
internal sealed record WeChatApiResult(int ErrCode, string? ErrMsg, JsonElement Body)
{
    public WeChatErrorAction Action => WeChatErrors.Classify(ErrCode);

    public string? GetString(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static WeChatApiResult Parse(string json)
    {
        var body = JsonDocument.Parse(json).RootElement.Clone();
        var code = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errcode", out var c) && c.TryGetInt32(out var n) ? n : 0;
        var message = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errmsg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        return new WeChatApiResult(code, message, body);
    }
}
