using System.Text.Json;
using System.Text.Json.Nodes;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Schema;

public sealed class SchemaRoundTripTests
{
    private const string Teams = """
    {"type":"message","id":"1","timestamp":"2026-11-23T10:00:00.123Z","localTimestamp":"2026-11-23T18:00:00.123+08:00",
     "serviceUrl":"https://smba.example/","channelId":"msteams","from":{"id":"u","name":"n","aadObjectId":"a","role":"user","futureField":1},
     "conversation":{"id":"19:x;messageid=1","isGroup":false,"conversationType":"personal","tenantId":"t","shiny":{"deep":[1,2]}},
     "recipient":{"id":"b","role":"bot"},"text":"hi","textFormat":"plain","locale":"zh-CN",
     "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[]},"extraA":"x"}],
     "entities":[{"type":"clientInfo","locale":"zh-CN","country":"CN","platform":"Android"}],
     "channelData":{"tenant":{"id":"t"},"clientActivityID":"abc"},"suggestedActions":{"to":["u"],"actions":[{"type":"imBack","title":"1","value":"1","mystery":true}]},
     "value":{"k":[1,{"z":null}]},"unknownTopLevel":{"a":"b"},"anotherOne":[1,"two",null]}
    """;

    [Fact]
    public void Unknown_fields_survive_a_round_trip_at_every_level()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Teams, BotJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;
        var original = JsonNode.Parse(Teams)!;
        Assert.True(JsonNode.DeepEquals(original["unknownTopLevel"], written["unknownTopLevel"]));
        Assert.True(JsonNode.DeepEquals(original["anotherOne"], written["anotherOne"]));
        Assert.True(JsonNode.DeepEquals(original["conversation"], written["conversation"]));
        Assert.True(JsonNode.DeepEquals(original["from"], written["from"]));
        Assert.True(JsonNode.DeepEquals(original["attachments"], written["attachments"]));
        Assert.True(JsonNode.DeepEquals(original["entities"], written["entities"]));
        Assert.True(JsonNode.DeepEquals(original["channelData"], written["channelData"]));
        Assert.True(JsonNode.DeepEquals(original["suggestedActions"], written["suggestedActions"]));
        Assert.True(JsonNode.DeepEquals(original["value"], written["value"]));
    }

    [Fact]
    public void Timestamps_are_written_in_utc_with_z_and_local_timestamp_keeps_its_offset()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Teams, BotJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;
        Assert.Equal("2026-11-23T10:00:00.123Z", written["timestamp"]!.GetValue<string>());
        Assert.EndsWith("+08:00", written["localTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Nulls_are_omitted()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", Text = "x" }, BotJson.Options);
        Assert.Equal("""{"type":"message","text":"x"}""", json);
    }

    [Fact]
    public void Conversation_reference_round_trips_to_a_continuation_and_a_reply()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Teams, BotJson.Options)!;
        var reference = JsonSerializer.Deserialize<ConversationReference>(JsonSerializer.Serialize(activity.GetConversationReference(), BotJson.Options), BotJson.Options)!;
        var continuation = reference.GetContinuationActivity();
        Assert.Equal("19:x;messageid=1", continuation.Conversation!.Id);
        Assert.Equal("u", continuation.From!.Id);
        Assert.Equal("b", continuation.Recipient!.Id);
        var reply = reference.ApplyTo(new Activity { Type = "message", Text = "later" });
        Assert.Equal("b", reply.From!.Id);
        Assert.Equal("u", reply.Recipient!.Id);
        Assert.Equal("1", reply.ReplyToId);
        Assert.Equal("https://smba.example/", reply.ServiceUrl);
    }
}
