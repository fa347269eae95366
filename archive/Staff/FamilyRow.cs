using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Staff;

/// <summary>One child on the families page, with guardian, parents and teachers.</summary>
public sealed record FamilyRow(
    int ChildId,
    string StudentNumber,
    string ChildName,
    int ClassId,
    string ClassName,
    LeftBehindType LeftBehindType,
    GuardianRelation GuardianRelation,
    IReadOnlyList<FamilyPerson> People,
    string? HeadTeacher,
    string? PairedTeacher)
{
    /// <summary>Nobody of the family can be reached on any channel yet.</summary>
    public bool Unreachable => People.All(p => p.Channels.Count == 0);
}
