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
            log.LogWarning("Staff sign-in refused: account locked");
            Error = await LockedTextAsync(login.Trim());
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
    /// </summary>
    private async Task<string> LockedTextAsync(string login)
    {
        var user = await signIn.UserManager.FindByNameAsync(login);
        var roles = user is null ? [] : await signIn.UserManager.GetRolesAsync(user);
        var key = roles.Contains(StaffRoles.SchoolAdmin) ? "SignInLocked_SchoolAdmin"
            : roles.Contains(StaffRoles.CountyViewer) ? "SignInLocked_CountyViewer"
            : "SignInLocked";
        return ConsoleText.Get(key, options.Value.LockoutMinutes);
    }

    /// <summary>Back to the console page the user came from, never anywhere else.</summary>
    public static string SafeReturn(IUrlHelper url, string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith("/console", StringComparison.Ordinal) && url.IsLocalUrl(returnUrl) ? returnUrl : "/console";
}
