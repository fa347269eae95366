
namespace LeftBehind.Scheduler.Jobs;

/// <summary>A person's place in one child's family, with what the jobs need about the child.</summary>
internal sealed record FamilyMember(int PersonId, FamilyRole Role, int ChildId, string ChildName, int? PairedTeacherId, int ClassId);
