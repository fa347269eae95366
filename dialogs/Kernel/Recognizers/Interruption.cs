namespace LeftBehind.Dialogs.Recognizers;

public enum Interruption
{
    None,
    Help,
    Cancel,
    Menu,
}
