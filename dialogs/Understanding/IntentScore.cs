namespace LeftBehind.Dialogs.Understanding;

/// <summary>The classifier's answer for one message.</summary>
internal readonly record struct IntentScore(string Intent, float Probability, float EmergencyProbability);
