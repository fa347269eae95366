namespace LeftBehind.Bench.Channel;

/// <summary>A simulated conversation: its id and the channel user speaking in it.</summary>
internal sealed record SimConversation(string Id, string UserId, string UserName);
