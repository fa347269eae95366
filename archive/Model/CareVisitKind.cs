namespace LeftBehind.Archive.Model;

/// <summary>
/// A visit or contact a teacher logs: a festival spent with the child (五个一), a home visit (家访), or the 五个一
/// contacts that leave no other record — a call home they helped the child make, a talk with the head teacher or with
/// the guardian (<see cref="Services.FiveOnes"/>). Stored by name.
/// </summary>
public enum CareVisitKind
{
    Festival,
    HomeVisit,
    GuidedCall,
    HeadTeacherContact,
    GuardianContact,
}
