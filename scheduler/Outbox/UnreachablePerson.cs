namespace LeftBehind.Scheduler.Outbox;

/// <summary>Someone no channel reaches: no chat binding and no usable phone (or SMS and voice are off).</summary>
public sealed record UnreachablePerson(int PersonId, string Kind, string Name, bool HasPhone);
