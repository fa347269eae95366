namespace LeftBehind.Archive.Services;

/// <summary>
/// 五个一, what a proxy parent (帮扶教师 / 代理家长) owes each paired child, as the seed reports list it: each month
/// one contact with the child, one letter or call between the child and the parents they guided, one contact with the
/// head teacher and one with the temporary guardian; and one festival a year spent with the child. What counts for each
/// is in <see cref="FiveOnes"/>.
/// </summary>
public enum FiveOnesItem
{
    ChildContact,
    FamilyContact,
    HeadTeacherContact,
    GuardianContact,
    Festival,
}
