using System.Diagnostics.Metrics;
using LeftBehind.Bot.Hosting;

namespace LeftBehind.Bot.WeChat;

/// <summary>The channel's instruments (under the host's meter, exported at /metrics): API calls by api and errcode, messages in and out.</summary>
internal sealed class WeChatMetrics
{
    private readonly Counter<long> _calls;
    private readonly Counter<long> _messages;

    public WeChatMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotMetrics.MeterName);
        _calls = meter.CreateCounter<long>("lb.wechat.api.calls", "{call}", "WeChat API calls by api and errcode (0 = ok, -1 = transport)");
        _messages = meter.CreateCounter<long>("lb.wechat.messages", "{message}", "WeChat messages by direction and method");
    }

    public void Call(string api, int errcode) => _calls.Add(1, new KeyValuePair<string, object?>("api", api), new KeyValuePair<string, object?>("errcode", errcode));

    public void Message(string direction, string method) => _messages.Add(1, new KeyValuePair<string, object?>("direction", direction), new KeyValuePair<string, object?>("method", method));
}
