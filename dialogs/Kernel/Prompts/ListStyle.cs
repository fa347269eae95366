namespace LeftBehind.Dialogs.Prompts;

/// <summary>How a choice prompt shows its options. Auto: buttons where the channel has them, a numbered list elsewhere (SMS).</summary>
public enum ListStyle
{
    Auto,
    None,
    List,
    SuggestedAction,
}
