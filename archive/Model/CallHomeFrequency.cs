namespace LeftBehind.Archive.Model;

public enum CallHomeFrequency
{
    Weekly,
    Fortnightly,
    Monthly,
    Never,
}
