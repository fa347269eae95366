namespace LeftBehind.Dialogs.Schema;

internal static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
    public const string ShowImage = "showImage";
    public const string DownloadFile = "downloadFile";
}
