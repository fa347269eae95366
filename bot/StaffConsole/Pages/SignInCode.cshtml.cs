using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>The second step for an account with an authenticator: the 6-digit code; wrong codes count toward the lockout.</summary>
internal sealed class SignInCodeModel(SignInManager<StaffUser> signIn, IOptions<StaffConsoleOptions> options, ILogger<SignInCodeModel> log) : PageModel
{
    public string? Error { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        // Only after a right password: otherwise back to the first step.
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/SignIn", new { returnUrl }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/SignIn", new { returnUrl });
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var result = digits.Length == 6
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded) return LocalRedirect(SignInModel.SafeReturn(Url, returnUrl));
        if (result.IsLockedOut)
        {
            log.LogWarning("Staff sign-in refused at the code step: account locked");
            Error = ConsoleText.Get("SignInLocked", options.Value.LockoutMinutes);
        }
        else
        {
            Error = ConsoleText.Get("SignInCodeWrong");
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
