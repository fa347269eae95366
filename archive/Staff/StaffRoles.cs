namespace LeftBehind.Archive.Staff;

/// <summary>The console's roles (Identity role names).</summary>
public static class StaffRoles
{
    /// <summary>县教育局: every school's figures, summed, never a name.</summary>
    public const string CountyViewer = "CountyViewer";

    /// <summary>学校管理员: roster, invites, staff and every child of one school.</summary>
    public const string SchoolAdmin = "SchoolAdmin";

    /// <summary>班主任: the children of their class (and any they are paired with).</summary>
    public const string HeadTeacher = "HeadTeacher";

    /// <summary>帮扶教师 / 代理家长: the children paired with them.</summary>
    public const string PairedTeacher = "PairedTeacher";

    public static IReadOnlyList<string> All { get; } = [CountyViewer, SchoolAdmin, HeadTeacher, PairedTeacher];

    public static bool IsTeacher(string role) => role is HeadTeacher or PairedTeacher;
}
