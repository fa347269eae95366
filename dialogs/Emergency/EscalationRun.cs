namespace LeftBehind.Dialogs.Emergency;

/// <summary>What one escalator run did: repeated alerts and escalation notices handed to the messenger.</summary>
public sealed record EscalationRun(int Emergencies, int Repeats, int Escalations);
