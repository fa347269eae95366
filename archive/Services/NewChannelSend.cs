namespace LeftBehind.Archive.Services;

/// <summary>One SMS or call about to be sent under the outbox key <see cref="Key"/>; <see cref="Reference"/> is what the provider echoes back.</summary>
public sealed record NewChannelSend(string Channel, string Key, string Reference, int? PersonId, string Phone, string Provider, string Kind, bool Urgent);
