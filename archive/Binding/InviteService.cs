using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Roster;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Binding;

internal sealed class InviteService(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time, IOptions<ArchiveOptions> options) : IInviteService
{
    public async Task<InviteCode> CreateFamilyInviteAsync(string school, string studentNumber, InviteRole role, CancellationToken cancellationToken = default)
    {
        if (role == InviteRole.Teacher) throw new ArchiveException(ArchiveError.Invalid, "use CreateTeacherInviteAsync for teachers");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var familyRole = role switch { InviteRole.Father => FamilyRole.Father, InviteRole.Mother => FamilyRole.Mother, _ => FamilyRole.Guardian };
        var link = await db.FamilyLinks
            .Where(f => f.Role == familyRole && f.Child!.School!.Name == school.Trim() && f.Child.StudentNumber == studentNumber.Trim() && f.Child.ErasedAt == null)
            .Select(f => new { f.PersonId, f.ChildId, f.Child!.SchoolId })
            .FirstOrDefaultAsync(cancellationToken) ?? throw ArchiveException.NotFound();
        return await AddAsync(db, link.SchoolId, link.PersonId, link.ChildId, role, cancellationToken);
    }

    public async Task<InviteCode> CreateTeacherInviteAsync(string school, string teacherName, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var teacher = await db.Persons
            .Where(p => p.Kind == PersonKind.Teacher && p.Name == teacherName.Trim() && p.ErasedAt == null)
            .Join(db.Schools.Where(s => s.Name == school.Trim()), p => p.SchoolId, s => s.Id, (p, _) => p)
            .FirstOrDefaultAsync(cancellationToken) ?? throw ArchiveException.NotFound();
        return await AddAsync(db, teacher.SchoolId, teacher.Id, null, InviteRole.Teacher, cancellationToken);
    }

    public async Task<InviteRequestResult> CreateAsync(InviteRequest request, CancellationToken cancellationToken = default)
    {
        var role = request.Role?.Trim().ToLowerInvariant() switch
        {
            "father" or "父亲" => InviteRole.Father,
            "mother" or "母亲" => InviteRole.Mother,
            "guardian" or "监护人" => InviteRole.Guardian,
            "teacher" or "教师" or "老师" => (InviteRole?)InviteRole.Teacher,
            _ => null,
        };
        if (role is null) return new InviteRequestResult(null, RosterText.Get("BadRole", request.Role ?? ""), false);
        if (string.IsNullOrWhiteSpace(request.School)) return new InviteRequestResult(null, RosterText.Get("Required", "school"), false);
        var other = role == InviteRole.Teacher ? request.Teacher : request.StudentNumber;
        if (string.IsNullOrWhiteSpace(other)) return new InviteRequestResult(null, RosterText.Get("Required", role == InviteRole.Teacher ? "teacher" : "studentNumber"), false);
        try
        {
            var invite = role == InviteRole.Teacher
                ? await CreateTeacherInviteAsync(request.School, other, cancellationToken)
                : await CreateFamilyInviteAsync(request.School, other, role.Value, cancellationToken);
            return new InviteRequestResult(invite, null, false);
        }
        catch (ArchiveException ex) when (ex.Error == ArchiveError.NotFound)
        {
            var message = role == InviteRole.Teacher
                ? RosterText.Get("TeacherNotFound", request.School, other)
                : RosterText.Get("FamilyMemberNotFound", request.School, other, role switch { InviteRole.Father => "父亲", InviteRole.Mother => "母亲", _ => "监护人" });
            return new InviteRequestResult(null, message, true);
        }
    }

    /// <summary>Adds an invite with a fixed code (demo data) or a fresh random one.</summary>
    internal async Task<InviteCode> AddAsync(ArchiveDbContext db, int schoolId, int personId, int? childId, InviteRole role, CancellationToken ct, string? fixedCode = null, DateTimeOffset? expiresAt = null)
    {
        var now = time.GetUtcNow();
        var code = fixedCode ?? InviteCodes.NewCode();
        while (fixedCode is null && await db.Invites.AnyAsync(i => i.Code == code, ct)) code = InviteCodes.NewCode();
        var invite = new Invite
        {
            Code = code,
            SchoolId = schoolId,
            PersonId = personId,
            ChildId = childId,
            Role = role,
            CreatedAt = now,
            ExpiresAt = expiresAt ?? now.AddDays(options.Value.InviteExpiryDays),
        };
        db.Invites.Add(invite);
        await db.SaveChangesAsync(ct);
        return new InviteCode(invite.Code, invite.ExpiresAt, personId, role);
    }
}
