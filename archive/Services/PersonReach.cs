using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>
/// A person, their roster number (as entered), how many chat bindings they have, and how many they left (unfollowed
/// the WeChat account: suspended, not gone).
/// </summary>
public sealed record PersonReach(int PersonId, PersonKind Kind, string Name, string? Phone, int Chats, int LeftChats = 0);
