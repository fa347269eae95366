namespace LeftBehind.Dialogs.Emergency;

/// <summary>What one escalator run did: repeated alerts sent, and escalation notices handed to the messenger (which drops a key it already sent).</summary>
internal sealed record EscalationRun(int Emergencies, int Repeats, int Escalations);
