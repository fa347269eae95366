namespace LeftBehind.Archive.Roster;

/// <summary>Header names schools use (Chinese) and the English aliases accepted, compared without spaces, case or _-.</summary>
internal static class RosterHeaders
{
    public static readonly IReadOnlyDictionary<RosterColumn, string> Chinese = new Dictionary<RosterColumn, string>
    {
        [RosterColumn.School] = "学校",
        [RosterColumn.Class] = "班级",
        [RosterColumn.StudentNumber] = "学号",
        [RosterColumn.Name] = "学生姓名",
        [RosterColumn.Gender] = "性别",
        [RosterColumn.BirthDate] = "出生日期",
        [RosterColumn.LeftBehindType] = "留守类型",
        [RosterColumn.GuardianName] = "监护人姓名",
        [RosterColumn.GuardianRelation] = "监护人关系",
        [RosterColumn.GuardianPhone] = "监护人电话",
        [RosterColumn.FatherName] = "父亲姓名",
        [RosterColumn.FatherPhone] = "父亲电话",
        [RosterColumn.FatherWorkplace] = "父亲务工地",
        [RosterColumn.MotherName] = "母亲姓名",
        [RosterColumn.MotherPhone] = "母亲电话",
        [RosterColumn.MotherWorkplace] = "母亲务工地",
        [RosterColumn.HeadTeacher] = "班主任",
        [RosterColumn.PairedTeacher] = "帮扶教师",
    };

    public static readonly RosterColumn[] Required =
        [RosterColumn.School, RosterColumn.Class, RosterColumn.StudentNumber, RosterColumn.Name, RosterColumn.LeftBehindType, RosterColumn.GuardianRelation];

    private static readonly Dictionary<string, RosterColumn> Lookup = Build();

    /// <summary>
    /// Columns every school sheet has that carry no roster data (序号 the row count, 备注 the clerk's remarks): left out
    /// without a word. Any other unknown header is still named, so a misspelt data column never vanishes silently.
    /// </summary>
    private static readonly HashSet<string> Ignorable = ["序号", "备注", "no", "remarks", "notes"];

    public static bool IsIgnorable(string header) => Ignorable.Contains(Normalize(header));

    public static RosterColumn? Match(string header)
    {
        var key = Normalize(header);
        return Lookup.TryGetValue(key, out var c) ? c : null;
    }

    private static string Normalize(string s) =>
        new(s.Trim().TrimStart('\uFEFF').Where(ch => !char.IsWhiteSpace(ch) && ch is not '_' and not '-' and not '*').Select(char.ToLowerInvariant).ToArray());

    private static Dictionary<string, RosterColumn> Build()
    {
        var english = new Dictionary<RosterColumn, string[]>
        {
            [RosterColumn.School] = ["school"],
            [RosterColumn.Class] = ["class", "classname"],
            [RosterColumn.StudentNumber] = ["studentnumber", "studentno", "studentid", "student number"],
            [RosterColumn.Name] = ["name", "studentname", "姓名", "学生"],
            [RosterColumn.Gender] = ["gender", "sex"],
            [RosterColumn.BirthDate] = ["birthdate", "dateofbirth", "dob", "birthday"],
            [RosterColumn.LeftBehindType] = ["leftbehindtype", "type"],
            [RosterColumn.GuardianName] = ["guardianname", "guardian", "监护人", "监护人名字"],
            [RosterColumn.GuardianRelation] = ["guardianrelation", "relation"],
            [RosterColumn.GuardianPhone] = ["guardianphone", "监护人手机", "监护人联系电话"],
            [RosterColumn.FatherName] = ["fathername", "father", "父亲"],
            [RosterColumn.FatherPhone] = ["fatherphone"],
            [RosterColumn.FatherWorkplace] = ["fatherworkplace"],
            [RosterColumn.MotherName] = ["mothername", "mother", "母亲"],
            [RosterColumn.MotherPhone] = ["motherphone"],
            [RosterColumn.MotherWorkplace] = ["motherworkplace"],
            [RosterColumn.HeadTeacher] = ["headteacher", "班主任姓名"],
            [RosterColumn.PairedTeacher] = ["pairedteacher", "mentor", "帮扶老师", "代理家长"],
        };
        var map = new Dictionary<string, RosterColumn>();
        foreach (var (col, zh) in Chinese) map[Normalize(zh)] = col;
        foreach (var (col, names) in english)
        {
            foreach (var n in names) map[Normalize(n)] = col;
        }
        return map;
    }
}
