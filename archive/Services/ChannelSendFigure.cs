using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>One SMS or call as the delivery figures count it.</summary>
public sealed record ChannelSendFigure(string Channel, DateTimeOffset CreatedAt, ChannelSendStatus Status, int Parts, decimal Cost);
