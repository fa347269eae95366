namespace LeftBehind.Archive.Services;

/// <summary>A channel the person is bound on: its name and when, never the channel's user id.</summary>
public sealed record ChannelBindingSummary(string ChannelId, DateTimeOffset BoundAt);
