using System.Text.Json;

namespace LeftBehind.Scheduler.Outbox;

internal static class OutboxPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(OutboxMessage message) => JsonSerializer.Serialize(message, Json);

    public static OutboxMessage Deserialize(string payload) =>
        JsonSerializer.Deserialize<OutboxMessage>(payload, Json) ?? throw new InvalidDataException("empty outbox payload");
}
