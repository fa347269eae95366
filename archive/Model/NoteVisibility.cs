namespace LeftBehind.Archive.Model;

public enum NoteVisibility
{
    Parents,
    StaffOnly,
}
