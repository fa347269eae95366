namespace LeftBehind.Archive.Model;

/// <summary>A school role beyond teaching a class or mentoring a child.</summary>
public enum StaffRole
{
    /// <summary>心理辅导老师: told of every wellbeing concern in the school.</summary>
    Counsellor,
}
