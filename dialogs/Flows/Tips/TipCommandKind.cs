namespace LeftBehind.Dialogs.Tips;

internal enum TipCommandKind
{
    None,
    Useful,
    NotUseful,
    Stop,
    Restart,
}
