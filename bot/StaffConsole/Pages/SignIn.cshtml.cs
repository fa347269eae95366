using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>Sign-in by login and password; wrong passwords count toward the lockout; the session cookie ends with the browser or after idle minutes.</summary>
internal sealed class SignInModel(SignInManager<StaffUser> signIn, IOptions<StaffConsoleOptions> options, ILogger<SignInModel> log) : PageModel
{
    public string? Error { get; private set; }

    public string? Login { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? login, string? password, string? returnUrl)
    {
        Login = login;
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password))
        {
            Error = ConsoleText.Get("SignInMissing");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(login.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(Url, returnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            // The password was right; Identity's two-factor cookie carries the account to the code page.
            return RedirectToPage("/SignInCode", new { returnUrl });
        }
        if (result.IsLockedOut)
        {
            Error = await LockedTextAsync(login.Trim(), password);
        }
        else
        {
            Error = ConsoleText.Get("SignInWrong");
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>
    /// What helps the locked account: a teacher asks the school admin, who unlocks on the staff page; the school admin is
    /// that person, so she waits or asks the county, which set up her account; the county waits or asks whoever runs the service.
    /// An account an administrator deactivated is locked for ever: waiting helps nothing, so it is told it is switched off
    /// and whom to ask — but only with the right password, so a stranger trying logins learns nothing about the account.
    /// </summary>
    private async Task<string> LockedTextAsync(string login, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(login);
        var roles = user is null ? [] : await signIn.UserManager.GetRolesAsync(user);
        var role = roles.Contains(StaffRoles.SchoolAdmin) ? "_SchoolAdmin"
            : roles.Contains(StaffRoles.CountyViewer) ? "_CountyViewer"
            : string.Empty;
        if (user is not null && StaffAdministration.IsDeactivated(user))
        {
            log.LogWarning("Staff sign-in refused: account {StaffId} deactivated", user.Id);
            return await signIn.UserManager.CheckPasswordAsync(user, password) ? ConsoleText.Get("SignInDeactivated" + role) : ConsoleText.Get("SignInWrong");
        }
        log.LogWarning("Staff sign-in refused: account locked");
        return ConsoleText.Get("SignInLocked" + role, options.Value.LockoutMinutes);
    }

    /// <summary>Back to the console page the user came from, never anywhere else.</summary>
    public static string SafeReturn(IUrlHelper url, string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith("/console", StringComparison.Ordinal) && url.IsLocalUrl(returnUrl) ? returnUrl : "/console";
}
