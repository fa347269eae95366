namespace LeftBehind.Dialogs.Conversations;

/// <summary>Begin options of <see cref="ConfirmEmergencyDialog"/>.</summary>
/// <param name="Text">The message that may describe an emergency; passed on to the emergency flow when confirmed.</param>
/// <param name="AfterContent">True when the text was a letter, an answer or a note that has just been kept as such.</param>
public sealed record ConfirmEmergencyOptions(string Text, bool AfterContent);
