namespace LeftBehind.Dialogs.Understanding;

/// <summary>How soon, and whom, a message must reach.</summary>
public enum UrgencyLevel
{
    /// <summary>An ordinary message.</summary>
    None,

    /// <summary>An urgent concern (bullying, a child who won't talk, a worrying absence): the paired and head teacher are told at once.</summary>
    Concern,

    /// <summary>An emergency (missing, water, injury, violence, self-harm, a stranger, a child left alone): the whole family and the school are alerted.</summary>
    Emergency,
}
