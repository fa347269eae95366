namespace LeftBehind.Bench.Channel;

/// <summary>One user message and what the bot's answer must look like (a regex over the turn's message replies).</summary>
internal sealed record ScenarioStep(string Text, string? Expect = null, string? Name = null);
