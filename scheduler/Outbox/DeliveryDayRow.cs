namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// One channel on one local day. Chat channels: outbox messages sent to them. SMS: sent (accepted or awaiting a
/// receipt), delivered and failed by receipt, parts billed. Voice: calls placed, answered, not answered, busy, failed.
/// Held: notices waiting for the next day's SMS allowance (channel "outbox", not yet routed). Cost is estimated from
/// the configured prices.
/// </summary>
public sealed record DeliveryDayRow(string Channel, DateOnly Day, int Sent, int Delivered, int Failed, int Held, int Unknown, int Answered, int NotAnswered, int Busy, int Parts, decimal Cost);
