using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Tips;

/// <summary>A tip chosen for a person, under its outbox key, with the person's feedback if any.</summary>
public sealed record TipSendInfo(int PersonId, int TipId, string OutboxKey, DateTimeOffset ChosenAt, TipFeedback? Feedback);
