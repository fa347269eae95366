using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// One's own account: change the password, and for administrators a second step at sign-in — a 6-digit code from an
/// authenticator app (any TOTP app), set up by scanning a QR code and confirmed with a first code.
/// </summary>
internal sealed class AccountModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    public const string Issuer = "LeftBehind";

    public bool TwoFactorAllowed { get; private set; }

    public bool TwoFactorOn { get; private set; }

    /// <summary>While setting up: the key to type and the QR code (PNG data URI) to scan.</summary>
    public string? SetupKey { get; private set; }

    public string? SetupQr { get; private set; }

    public string? Notice { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public static bool MayUseTwoFactor(string role) => role is StaffRoles.SchoolAdmin or StaffRoles.CountyViewer;

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        Notice = done is "password" or "on" or "off" ? ConsoleText.Get("AccountNotice_" + done) : null;
        return await ShowAsync(setup: false);
    }

    public async Task<IActionResult> OnPostSetupAsync()
    {
        if (await users.GetUserAsync(User) is not { } user || !TwoFactorAllowedFor()) return Forbid();
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return await ShowAsync(setup: true);
    }

    public async Task<IActionResult> OnPostEnableAsync(string? code)
    {
        if (await users.GetUserAsync(User) is not { } user || !TwoFactorAllowedFor()) return Forbid();
        if (!await VerifyAsync(user, code))
        {
            Errors = [ConsoleText.Get("AccountCodeWrong")];
            return await ShowAsync(setup: true);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { done = "on" });
    }

    /// <summary>Switching the second step off asks for a current code, so a borrowed session cannot do it.</summary>
    public async Task<IActionResult> OnPostDisableAsync(string? code)
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        if (!await VerifyAsync(user, code))
        {
            Errors = [ConsoleText.Get("AccountCodeWrong")];
            return await ShowAsync(setup: false);
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { done = "off" });
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? password)
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        var changed = await users.ChangePasswordAsync(user, current ?? "", password ?? "");
        if (!changed.Succeeded)
        {
            Errors = changed.Errors.Select(e => e.Description).ToList();
            return await ShowAsync(setup: false);
        }
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { done = "password" });
    }

    /// <summary>The otpauth URI every authenticator app reads (Key URI Format: issuer, account, base32 secret).</summary>
    public static string AuthenticatorUri(string login, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(login)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    private async Task<bool> VerifyAsync(StaffUser user, string? code)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 6 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    private bool TwoFactorAllowedFor() => MayUseTwoFactor(StaffClaims.Role(User));

    private async Task<IActionResult> ShowAsync(bool setup)
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        TwoFactorAllowed = TwoFactorAllowedFor();
        TwoFactorOn = user.TwoFactorEnabled;
        if (setup && !TwoFactorOn && await users.GetAuthenticatorKeyAsync(user) is { } key)
        {
            SetupKey = key;
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(AuthenticatorUri(user.UserName ?? "", key), QRCodeGenerator.ECCLevel.M);
            SetupQr = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        }
        return Page();
    }
}
