namespace LeftBehind.Archive.Model;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}
