using Microsoft.AspNetCore.Identity;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>Identity's password and login errors in the staff member's language.</summary>
internal sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), ConsoleText.Get("PwTooShort", length));
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), ConsoleText.Get("PwDigit"));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), ConsoleText.Get("PwLetter"));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), ConsoleText.Get("PwUnique", uniqueChars));
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), ConsoleText.Get("LoginTaken", userName));
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), ConsoleText.Get("LoginInvalid", userName ?? ""));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
