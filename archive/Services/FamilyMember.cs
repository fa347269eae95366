using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A person's place in one child's family, with what the scheduler's jobs need about the child.</summary>
public sealed record FamilyMember(int PersonId, FamilyRole Role, int ChildId, string ChildName, int? PairedTeacherId, int ClassId)
{
    public bool IsParent => Role is FamilyRole.Father or FamilyRole.Mother;
}
