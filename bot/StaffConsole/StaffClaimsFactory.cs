using System.Security.Claims;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>Adds the school, the roster's teacher and the display name to the session, so pages need no lookup per request.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<int>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        if (user.SchoolId is { } school) identity.AddClaim(new Claim(StaffClaims.School, school.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.PersonId is { } person) identity.AddClaim(new Claim(StaffClaims.Person, person.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
