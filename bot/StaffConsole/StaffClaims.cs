using System.Security.Claims;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>The claims a staff session carries and the archive <see cref="Actor"/> they stand for.</summary>
internal static class StaffClaims
{
    public const string School = "lb:school";
    public const string Person = "lb:person";
    public const string DisplayName = "lb:name";

    public static string Role(ClaimsPrincipal user) =>
        StaffRoles.All.FirstOrDefault(user.IsInRole) ?? string.Empty;

    public static string Name(ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? string.Empty;

    /// <summary>The actor the access policy scopes and audits: a teacher as the chat's teacher, a school admin by school, a county viewer sees no child.</summary>
    public static Actor ToActor(ClaimsPrincipal user)
    {
        var staffId = int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var s) ? s : (int?)null;
        var school = int.TryParse(user.FindFirstValue(School), out var sc) ? sc : (int?)null;
        var person = int.TryParse(user.FindFirstValue(Person), out var p) ? p : (int?)null;
        return Role(user) switch
        {
            StaffRoles.SchoolAdmin when school is not null => new Actor(ActorRole.SchoolAdmin, null) { SchoolId = school, StaffId = staffId },
            StaffRoles.HeadTeacher or StaffRoles.PairedTeacher when person is not null => new Actor(ActorRole.Teacher, person) { SchoolId = school, StaffId = staffId },
            _ => new Actor(ActorRole.CountyViewer, null) { StaffId = staffId },
        };
    }
}
