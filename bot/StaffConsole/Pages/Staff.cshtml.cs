using System.Security.Claims;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// The school's staff accounts for its administrator: list, create (teachers are linked to the roster's teacher of the
/// same name), set a new password, unlock, deactivate and reactivate. Another school's accounts cannot be reached.
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin)]
internal sealed class StaffModel(StaffAdministration staff, StaffAccounts accounts, IStaffConsole console) : PageModel
{
    public static readonly string[] Roles = [StaffRoles.HeadTeacher, StaffRoles.PairedTeacher, StaffRoles.SchoolAdmin];

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Notice { get; private set; }

    /// <summary>What was typed into the new account's form, kept when it is refused (never the password).</summary>
    public (string? Name, string? Login, string? Role) Draft { get; private set; }

    /// <summary>The account whose new password was refused, so its form opens with the reasons.</summary>
    public int? ResetFailedId { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done is "created" or "reset" or "unlocked" or "deactivated" or "gone" ? ConsoleText.Get("StaffNotice_" + done) : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? login, string? role, string? password, CancellationToken ct)
    {
        Draft = (name, login, role);
        if (role is not null && !Roles.Contains(role)) role = null;
        var school = await console.SchoolNameAsync(SchoolId, ct);
        var result = await accounts.CreateAsync(new StaffAccountRequest(school, name, role ?? "", login, password), ct);
        if (result.Succeeded) return RedirectToPage(new { done = "created" });
        Errors = result.Errors;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(int id, string? password, CancellationToken ct)
    {
        var result = await staff.ResetPasswordAsync(SchoolId, id, password ?? "", ct);
        if (result is null) return RedirectToPage(new { done = "gone" });
        if (result.Succeeded) return RedirectToPage(new { done = "reset" });
        Errors = result.Errors.Select(e => e.Description).ToList();
        ResetFailedId = id;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(int id, CancellationToken ct) =>
        RedirectToPage(new { done = await staff.UnlockAsync(SchoolId, id, ct) ? "unlocked" : "gone" });

    public async Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken ct) =>
        RedirectToPage(new { done = await staff.DeactivateAsync(SchoolId, SelfId, id, ct) ? "deactivated" : "gone" });

    private int SchoolId => StaffClaims.ToActor(User).SchoolId ?? throw new InvalidOperationException("a school admin without a school");

    private int SelfId => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken ct) => Members = await staff.ListAsync(SchoolId, SelfId, ct);
}
