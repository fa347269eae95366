using System.Text.Json;

namespace LeftBehind.Bench.Channel;

/// <summary>
/// A conversation the simulator plays (bench/Scenarios/*.json): an optional conversationUpdate, the binding steps a user
/// runs once (with an invite code from <see cref="Invites"/> as <c>{code}</c>), then <see cref="Turns"/> cycled.
/// </summary>
internal sealed record Scenario(
    string Name,
    string? Description,
    bool ConversationUpdate,
    IReadOnlyList<ScenarioStep> Turns,
    IReadOnlyList<ScenarioStep>? Bind = null,
    ScenarioInvites? Invites = null)
{
    /// <summary>A name under bench/Scenarios (peer, parent, …) or a path to a JSON file.</summary>
    public static Scenario Load(string nameOrPath)
    {
        // The repository's copy first, so a scenario edited after the build is the one played.
        var path = new[] { nameOrPath, Path.Combine(Infra.RepoPaths.Root, "bench", "Scenarios", nameOrPath + ".json"), Path.Combine(AppContext.BaseDirectory, "Scenarios", nameOrPath + ".json") }
            .FirstOrDefault(File.Exists) ?? nameOrPath;
        if (!File.Exists(path)) throw new FileNotFoundException($"scenario {nameOrPath} not found ({path})");
        return JsonSerializer.Deserialize<Scenario>(File.ReadAllText(path), JsonDefaults.Options) ?? throw new InvalidDataException(path);
    }

    public ScenarioStep TurnAt(int index) => Turns[index % Turns.Count];
}
