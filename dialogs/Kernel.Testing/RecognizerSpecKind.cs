namespace LeftBehind.Dialogs.Testing;

/// <summary>Which recogniser a Recognizers-Text spec file exercises.</summary>
public enum RecognizerSpecKind
{
    Number,
    DateTime,
    Boolean,
}
