namespace LeftBehind.Bench.Channel;

/// <summary>
/// Invites the simulator asks the service for (POST /admin/invites), one per simulated user, before a run: for the
/// listed students, or, with <see cref="Families"/>, for a family of each user's own imported first.
/// </summary>
internal sealed record ScenarioInvites(string School, string Role, IReadOnlyList<string> StudentNumbers, ScenarioFamilies? Families = null);
