namespace LeftBehind.Bot.StaffConsole;

/// <summary>A staff account as the school's administrator sees it on the staff page.</summary>
internal sealed record StaffMember(int Id, string Login, string Name, string Role, bool LockedOut, bool Deactivated, bool TwoFactor, bool IsSelf);
