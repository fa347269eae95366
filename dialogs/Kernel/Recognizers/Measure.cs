namespace LeftBehind.Dialogs.Recognizers;

/// <summary>A number with its unit as the recogniser names it ("Year", "C", "Chinese yuan").</summary>
public sealed record Measure(decimal Value, string Unit);
