using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Identity;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>Creates staff accounts (admin API and console alike): role, school and the roster's teacher, then Identity's password rules.</summary>
internal sealed class StaffAccounts(UserManager<StaffUser> users, IStaffConsole archive, TimeProvider time)
{
    public static string? NormalizeRole(string? role) => role?.Trim() switch
    {
        "CountyViewer" or "countyviewer" or "county" or "县教育局" or "县级" => StaffRoles.CountyViewer,
        "SchoolAdmin" or "schooladmin" or "admin" or "学校管理员" or "管理员" => StaffRoles.SchoolAdmin,
        "HeadTeacher" or "headteacher" or "班主任" => StaffRoles.HeadTeacher,
        "PairedTeacher" or "pairedteacher" or "帮扶教师" or "代理家长" => StaffRoles.PairedTeacher,
        _ => null,
    };

    public async Task<StaffAccountResult> CreateAsync(StaffAccountRequest request, CancellationToken ct)
    {
        var errors = new List<string>();
        var role = NormalizeRole(request.Role);
        if (role is null) errors.Add(ConsoleText.Get("StaffBadRole", request.Role ?? ""));
        if (string.IsNullOrWhiteSpace(request.Name)) errors.Add(ConsoleText.Get("StaffNameRequired"));
        if (string.IsNullOrWhiteSpace(request.Login)) errors.Add(ConsoleText.Get("StaffLoginRequired"));
        if (string.IsNullOrEmpty(request.Password)) errors.Add(ConsoleText.Get("StaffPasswordRequired"));
        if (role is not null and not StaffRoles.CountyViewer && string.IsNullOrWhiteSpace(request.School)) errors.Add(ConsoleText.Get("StaffSchoolRequired"));
        if (errors.Count > 0) return new StaffAccountResult(null, errors);

        var placement = await archive.PlaceAsync(request.School, request.Name!, role!, ct);
        if (placement is null) return new StaffAccountResult(null, [ConsoleText.Get("StaffSchoolNotFound", request.School ?? "")]);
        var user = new StaffUser
        {
            UserName = request.Login!.Trim(),
            DisplayName = request.Name!.Trim(),
            SchoolId = placement.SchoolId,
            PersonId = placement.PersonId,
            CreatedAt = time.GetUtcNow(),
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded) return new StaffAccountResult(null, created.Errors.Select(e => e.Description).ToList());
        await users.AddToRoleAsync(user, role!);
        return new StaffAccountResult(user.Id, []);
    }
}
