using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>The person behind a channel user, with the role they act in.</summary>
public sealed record BoundPerson(int PersonId, string Name, ActorRole Role, int SchoolId)
{
    public Actor Actor => new(Role, PersonId);
}
