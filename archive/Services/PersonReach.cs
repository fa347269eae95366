using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A person, their roster number (as entered) and how many chat bindings they have.</summary>
public sealed record PersonReach(int PersonId, PersonKind Kind, string Name, string? Phone, int Chats);
