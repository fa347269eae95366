using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>Section <c>StaffConsole</c>: sessions, lockout and the demo logins.</summary>
internal sealed class StaffConsoleOptions
{
    public const string Section = "StaffConsole";

    /// <summary>A signed-in session ends after this many idle minutes (sliding).</summary>
    [Range(1, 24 * 60)]
    public int SessionMinutes { get; set; } = 30;

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Password of the demo staff logins (Development with demo data only).</summary>
    public string DemoPassword { get; set; } = "Liangdishu2026";
}
