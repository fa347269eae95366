namespace LeftBehind.Archive.Model;

public enum Gender
{
    Unknown,
    Male,
    Female,
}
