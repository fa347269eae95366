namespace LeftBehind.Bench.Channel;

/// <summary>Invites the simulator asks the service for (POST /admin/invites), one per simulated user, before a run.</summary>
internal sealed record ScenarioInvites(string School, string Role, IReadOnlyList<string> StudentNumbers);
