using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> answer.</summary>
public sealed record ExpectedReplies([property: JsonPropertyName("activities")] IList<Activity> Activities);
