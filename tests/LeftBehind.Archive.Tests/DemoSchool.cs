using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>The seeded demo school with the ids tests need.</summary>
internal sealed record DemoSchool(
    int Ming, int Hong, int Junjie, int Haoran, int Lei,
    Actor Father, Actor Mother, Actor Grandpa, Actor Aunt, Actor OtherFather,
    Actor HeadTeacherA, Actor PairedTeacherA, Actor HeadTeacherB, Actor PairedTeacherB)
{
    public static async Task<DemoSchool> SeedAsync(ArchiveHarness h)
    {
        await h.Get<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        await using var db = h.Db();
        var children = await db.Children.ToDictionaryAsync(c => c.StudentNumber, c => c.Id);
        var links = await db.FamilyLinks.Select(f => new { f.ChildId, f.Role, f.PersonId }).ToListAsync();
        var teachers = await db.Persons.Where(p => p.Kind == PersonKind.Teacher).ToDictionaryAsync(p => p.Name, p => p.Id);
        int Of(string number, FamilyRole role) => links.Single(l => l.ChildId == children[number] && l.Role == role).PersonId;
        return new DemoSchool(
            children["2023001"], children["2023002"], children["2022001"], children["2023004"], children["2022005"],
            Actor.Parent(Of("2023001", FamilyRole.Father)), Actor.Parent(Of("2023001", FamilyRole.Mother)),
            Actor.Guardian(Of("2023001", FamilyRole.Guardian)), Actor.Guardian(Of("2023004", FamilyRole.Guardian)),
            Actor.Parent(Of("2022001", FamilyRole.Father)),
            Actor.Teacher(teachers["李红梅"]), Actor.Teacher(teachers["王芳"]), Actor.Teacher(teachers["张建国"]), Actor.Teacher(teachers["陈伟"]));
    }
}
