using System.Text.Json.Nodes;

namespace LeftBehind.Tests.Understanding;

/// <summary>A request the fake Language service received.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, JsonNode? Body, DateTimeOffset At)
{
    public string? Kind => Body?["kind"]?.GetValue<string>();
}
