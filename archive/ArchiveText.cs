using LeftBehind.Archive.Roster;

namespace LeftBehind.Archive;

/// <summary>Chinese messages the admin API shows (from the archive's .resx), for the host's thin endpoints.</summary>
public static class ArchiveText
{
    public static string NoFile => RosterText.Get("NoFile");

    public static string ChildNotFound => RosterText.Get("ChildNotFound");

    public static string PersonNotFound => RosterText.Get("PersonNotFound");

    public static string EmptyList => RosterText.Get("EmptyList");

    public static string FileTooLarge(int megabytes) => RosterText.Get("FileTooLarge", megabytes);
}
