namespace LeftBehind.Bench.Channel;

internal enum TurnOutcome
{
    /// <summary>HTTP 2xx and a message reply to this activity.</summary>
    Ok,
    /// <summary>Non-2xx status or a connection failure.</summary>
    Http,
    /// <summary>No HTTP answer, or no reply, within the timeout.</summary>
    Timeout,
    /// <summary>expectReplies: 2xx whose body held no message.</summary>
    Empty,
}
