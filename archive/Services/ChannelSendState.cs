using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>Where one send stands: its status and, when it failed, the provider's "code: message".</summary>
public sealed record ChannelSendState(ChannelSendStatus Status, string? Error);
