using System.Text;

namespace LeftBehind.Bench.Fuzz;

/// <summary>
/// Generators of hostile input for /api/messages and Direct Line: malformed JSON, wrong types, huge fields, deep nesting,
/// invalid UTF-8, 10 MB bodies, unknown activity types, forged tokens. Seeded, so a run is repeatable.
/// </summary>
internal sealed class FuzzCases(Random rng, string directLineConversation, string directLineToken)
{
    private const string Messages = "/api/messages";
    private static readonly string[] WrongTypeFields = ["type", "id", "channelId", "conversation", "from", "recipient", "text", "timestamp", "serviceUrl", "attachments", "entities", "membersAdded", "value", "locale"];
    private static readonly string[] WrongValues = ["123", "true", "null", "[]", "{}", "\"\"", "[[[]]]", "-1e309", "\"\\u0000\"", "{\"id\":[1,2]}"];

    private string DirectLineActivities => $"/v3/directline/conversations/{directLineConversation}/activities";

    public static bool Rejected(int s) => s is 400 or 401 or 403 or 404 or 405 or 413 or 415;

    public static bool NotServerError(int s) => s is > 0 and < 500;

    public FuzzCase Next(int i) => (i % 12) switch
    {
        0 => new("malformed-json", "POST", Messages, Truncated(), "application/json", null, Rejected),
        1 => new("wrong-types", "POST", Messages, WrongType(), "application/json", null, NotServerError),
        2 => new("huge-field", "POST", Messages, Huge(), "application/json", null, NotServerError),
        3 => new("deep-nesting", "POST", Messages, Deep(rng.Next(65, 20000)), "application/json", null, Rejected),
        4 => new("invalid-utf8", "POST", Messages, InvalidUtf8(), "application/json", null, Rejected),
        5 => new("10MB-body", "POST", Messages, TenMegabytes(), "application/json", null, s => s == 413 || s == 0),
        6 => new("unknown-activity-type", "POST", Messages, Activity("x" + rng.Next(1_000_000) + "Type", "\"text\":\"hi\""), "application/json", null, NotServerError),
        7 => new("forged-token-directline", "POST", DirectLineActivities, Activity("message", "\"text\":\"hi\""), "application/json", ForgedToken(), s => s is 401 or 403),
        8 => new("forged-token-directline-get", "GET", DirectLineActivities + "?watermark=" + rng.Next(), null, null, ForgedToken(), s => s is 401 or 403),
        9 => new("directline-malformed", "POST", DirectLineActivities, rng.Next(3) switch { 0 => Truncated(), 1 => InvalidUtf8(), _ => Deep(rng.Next(65, 5000)) }, "application/json", directLineToken, Rejected),
        10 => new("directline-10MB", "POST", DirectLineActivities, TenMegabytes(), "application/json", directLineToken, s => s == 413 || s == 0),
        _ => new("wrong-content-type", "POST", Messages, Activity("message", "\"text\":\"hi\""), rng.Next(2) == 0 ? "text/plain" : "application/x-www-form-urlencoded", null, s => s == 415),
    };

    private string ConversationId() => "fuzz-" + rng.Next(1_000_000);

    private byte[] Activity(string type, string extra) =>
        Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\",\"id\":\"f{rng.Next()}\",\"channelId\":\"test\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"from\":{{\"id\":\"fuzz-user\"}},\"recipient\":{{\"id\":\"bot\"}},\"conversation\":{{\"id\":\"{ConversationId()}\"}},{extra}}}");

    private byte[] Truncated()
    {
        var valid = Activity("message", "\"text\":\"孩子这周上学了吗\"");
        return rng.Next(4) switch
        {
            0 => valid[..rng.Next(1, valid.Length - 1)],
            1 => Encoding.UTF8.GetBytes("{\"type\":\"message\",,\"text\":}"),
            2 => RandomBytes(rng.Next(1, 4096)),
            _ => [.. valid, .. "}}]]"u8.ToArray()],
        };
    }

    private byte[] WrongType()
    {
        var field = WrongTypeFields[rng.Next(WrongTypeFields.Length)];
        var value = WrongValues[rng.Next(WrongValues.Length)];
        var body = Encoding.UTF8.GetString(Activity("message", "\"text\":\"hi\""));
        // Replace (or add) one field with a value of the wrong type.
        var json = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        json[field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private byte[] Huge() => rng.Next(3) switch
    {
        0 => Activity("message", $"\"text\":\"{new string('长', 300_000)}\""),
        1 => Activity("message", $"\"text\":\"hi\",\"channelData\":{{\"x\":\"{new string('a', 900_000)}\"}}"),
        _ => Encoding.UTF8.GetBytes($"{{\"type\":\"message\",\"id\":\"{new string('i', 500_000)}\",\"channelId\":\"test\",\"from\":{{\"id\":\"{new string('u', 200_000)}\"}},\"conversation\":{{\"id\":\"{ConversationId()}\"}},\"text\":\"hi\"}}"),
    };

    private byte[] Deep(int depth)
    {
        var sb = new StringBuilder();
        sb.Append("{\"type\":\"message\",\"channelId\":\"test\",\"conversation\":{\"id\":\"").Append(ConversationId()).Append("\"},\"channelData\":");
        var closers = new Stack<char>(depth);
        for (var i = 0; i < depth; i++)
        {
            var obj = rng.Next(2) == 0;
            sb.Append(obj ? "{\"a\":" : "[");
            closers.Push(obj ? '}' : ']');
        }
        sb.Append('1');
        while (closers.Count > 0) sb.Append(closers.Pop());
        sb.Append('}');
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private byte[] InvalidUtf8()
    {
        var prefix = Encoding.UTF8.GetBytes($"{{\"type\":\"message\",\"channelId\":\"test\",\"conversation\":{{\"id\":\"{ConversationId()}\"}},\"from\":{{\"id\":\"u\"}},\"text\":\"");
        byte[][] bad = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xFF, 0xFE], [0xED, 0xA0, 0x80]];
        return [.. prefix, .. bad[rng.Next(bad.Length)], .. "\"}"u8.ToArray()];
    }

    private static byte[]? _tenMb;

    private static byte[] TenMegabytes() => _tenMb ??= BuildTenMegabytes();

    private static byte[] BuildTenMegabytes()
    {
        var head = "{\"type\":\"message\",\"channelId\":\"test\",\"conversation\":{\"id\":\"big\"},\"text\":\""u8.ToArray();
        var body = new byte[10 * 1024 * 1024];
        head.CopyTo(body, 0);
        Array.Fill(body, (byte)'a', head.Length, body.Length - head.Length - 2);
        body[^2] = (byte)'"';
        body[^1] = (byte)'}';
        return body;
    }

    private byte[] RandomBytes(int n)
    {
        var b = new byte[n];
        rng.NextBytes(b);
        return b;
    }

    private string ForgedToken() => rng.Next(4) switch
    {
        0 => Convert.ToBase64String(RandomBytes(48)),
        1 => "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"conv\":\"{directLineConversation}\",\"exp\":9999999999}}")).TrimEnd('=') + ".",
        2 => directLineToken[..Math.Max(1, directLineToken.Length - 3)] + "abc",
        _ => new string('A', rng.Next(1, 8192)),
    };
}
