using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>
/// The staff page's work for a school's administrator: the accounts of their own school only, a new password set by
/// the admin (the sessions and the authenticator of that account end with it), unlock, deactivate and reactivate.
/// An account of another school, or none, is <c>null</c> — the page answers as for a missing account.
/// </summary>
internal sealed class StaffAdministration(UserManager<StaffUser> users)
{
    /// <summary>Identity's own way to switch an account off: locked out for ever (the row and its history stay).</summary>
    private static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<StaffMember>> ListAsync(int schoolId, int selfId, CancellationToken ct)
    {
        var accounts = await users.Users.Where(u => u.SchoolId == schoolId).OrderBy(u => u.DisplayName).ThenBy(u => u.Id).ToListAsync(ct);
        var list = new List<StaffMember>(accounts.Count);
        foreach (var u in accounts) list.Add(await ToMemberAsync(u, selfId));
        return list;
    }

    /// <summary>Sets a new password the admin hands over in person; the old sessions end and a lost authenticator is switched off.</summary>
    public async Task<IdentityResult?> ResetPasswordAsync(int schoolId, int id, string password, CancellationToken ct)
    {
        if (await FindAsync(schoolId, id, ct) is not { } user) return null;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded) return reset;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        if (!IsDeactivated(user)) await UnlockCoreAsync(user);
        return reset;
    }

    public async Task<bool> UnlockAsync(int schoolId, int id, CancellationToken ct)
    {
        if (await FindAsync(schoolId, id, ct) is not { } user) return false;
        await UnlockCoreAsync(user);
        return true;
    }

    /// <summary>Switches the account off (never one's own, so a school cannot lock itself out); open sessions end.</summary>
    public async Task<bool> DeactivateAsync(int schoolId, int selfId, int id, CancellationToken ct)
    {
        if (id == selfId || await FindAsync(schoolId, id, ct) is not { } user) return false;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, Forever);
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    /// <summary>Read back by year: PostgreSQL stores the end as infinity, SQLite as text.</summary>
    public static bool IsDeactivated(StaffUser u) => u.LockoutEnd is { Year: >= 9999 };

    private async Task UnlockCoreAsync(StaffUser user)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    private async Task<StaffUser?> FindAsync(int schoolId, int id, CancellationToken ct) =>
        await users.Users.FirstOrDefaultAsync(u => u.Id == id && u.SchoolId == schoolId, ct);

    private async Task<StaffMember> ToMemberAsync(StaffUser u, int selfId)
    {
        var role = StaffRoles.All.FirstOrDefault((await users.GetRolesAsync(u)).Contains) ?? string.Empty;
        var deactivated = IsDeactivated(u);
        return new StaffMember(u.Id, u.UserName ?? string.Empty, u.DisplayName, role, !deactivated && await users.IsLockedOutAsync(u), deactivated, u.TwoFactorEnabled, u.Id == selfId);
    }
}
