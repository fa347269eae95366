using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>Who is asking. Every read of a child's data goes through the access policy with an actor.</summary>
public sealed record Actor(ActorRole Role, int? PersonId)
{
    /// <summary>The school a school admin administers (console actors).</summary>
    public int? SchoolId { get; init; }

    /// <summary>The staff account acting in the console, recorded in the audit.</summary>
    public int? StaffId { get; init; }

    public static Actor Admin { get; } = new(ActorRole.Admin, null);

    public static Actor Scheduler { get; } = new(ActorRole.Scheduler, null);

    public static Actor Parent(int personId) => new(ActorRole.Parent, personId);

    public static Actor Guardian(int personId) => new(ActorRole.Guardian, personId);

    public static Actor Teacher(int personId) => new(ActorRole.Teacher, personId);
}
