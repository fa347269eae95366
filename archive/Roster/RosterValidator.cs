using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Roster;

/// <summary>Checks every row and reports every problem at once, so a clerk fixes the file in one pass.</summary>
internal static partial class RosterValidator
{
    private const int MaxName = 50;
    private const int MaxText = 100;

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss"];

    private static readonly Dictionary<string, GuardianRelation> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["祖父母"] = GuardianRelation.Grandparents, ["爷爷"] = GuardianRelation.Grandparents, ["奶奶"] = GuardianRelation.Grandparents,
        ["爷爷奶奶"] = GuardianRelation.Grandparents, ["grandparents"] = GuardianRelation.Grandparents,
        ["外祖父母"] = GuardianRelation.MaternalGrandparents, ["外公"] = GuardianRelation.MaternalGrandparents, ["外婆"] = GuardianRelation.MaternalGrandparents,
        ["姥姥"] = GuardianRelation.MaternalGrandparents, ["姥爷"] = GuardianRelation.MaternalGrandparents, ["maternal_grandparents"] = GuardianRelation.MaternalGrandparents,
        ["姑姑"] = GuardianRelation.OtherRelative, ["姑妈"] = GuardianRelation.OtherRelative, ["姑父"] = GuardianRelation.OtherRelative, ["舅舅"] = GuardianRelation.OtherRelative, ["舅妈"] = GuardianRelation.OtherRelative, ["姨妈"] = GuardianRelation.OtherRelative, ["姨父"] = GuardianRelation.OtherRelative, ["小姨"] = GuardianRelation.OtherRelative, ["大姨"] = GuardianRelation.OtherRelative, ["阿姨"] = GuardianRelation.OtherRelative, ["叔叔"] = GuardianRelation.OtherRelative, ["婶婶"] = GuardianRelation.OtherRelative, ["伯伯"] = GuardianRelation.OtherRelative, ["伯父"] = GuardianRelation.OtherRelative, ["伯母"] = GuardianRelation.OtherRelative, ["大伯"] = GuardianRelation.OtherRelative, ["大妈"] = GuardianRelation.OtherRelative, ["哥哥"] = GuardianRelation.OtherRelative, ["姐姐"] = GuardianRelation.OtherRelative, ["表哥"] = GuardianRelation.OtherRelative, ["表姐"] = GuardianRelation.OtherRelative, ["堂哥"] = GuardianRelation.OtherRelative, ["堂姐"] = GuardianRelation.OtherRelative, ["嫂子"] = GuardianRelation.OtherRelative, ["姐夫"] = GuardianRelation.OtherRelative, ["亲戚"] = GuardianRelation.OtherRelative, ["亲属"] = GuardianRelation.OtherRelative, ["其他"] = GuardianRelation.OtherRelative, ["其他监护人"] = GuardianRelation.OtherRelative, ["曾祖父"] = GuardianRelation.OtherRelative, ["曾祖母"] = GuardianRelation.OtherRelative, ["太爷爷"] = GuardianRelation.OtherRelative, ["太奶奶"] = GuardianRelation.OtherRelative,
        ["其他亲属"] = GuardianRelation.OtherRelative, ["other_relative"] = GuardianRelation.OtherRelative, ["relative"] = GuardianRelation.OtherRelative,
        ["代管家长"] = GuardianRelation.ProxyParent, ["proxy_parent"] = GuardianRelation.ProxyParent,
        ["委托监护人"] = GuardianRelation.ProxyParent, ["代理家长"] = GuardianRelation.ProxyParent, ["代管人"] = GuardianRelation.ProxyParent,
        ["受委托人"] = GuardianRelation.ProxyParent, ["寄宿家庭"] = GuardianRelation.ProxyParent,
        ["祖父"] = GuardianRelation.Grandparents, ["祖母"] = GuardianRelation.Grandparents,
        ["外祖父"] = GuardianRelation.MaternalGrandparents, ["外祖母"] = GuardianRelation.MaternalGrandparents,
        ["无"] = GuardianRelation.None, ["none"] = GuardianRelation.None, ["独居"] = GuardianRelation.None,
    };

    private static readonly Dictionary<string, LeftBehindType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["双亲外出"] = LeftBehindType.BothParents, ["both"] = LeftBehindType.BothParents,
        ["父亲外出"] = LeftBehindType.FatherAway, ["father"] = LeftBehindType.FatherAway,
        ["母亲外出"] = LeftBehindType.MotherAway, ["mother"] = LeftBehindType.MotherAway,
    };

    public static (List<RosterRow> Rows, List<RosterError> Errors) Validate(RosterTable table, DateOnly today, string? onlySchool = null)
    {
        var errors = new List<RosterError>();
        var index = new Dictionary<RosterColumn, int>();
        var unknown = new List<RosterError>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(table.Headers[i]) || RosterHeaders.IsIgnorable(table.Headers[i])) continue;
            if (RosterHeaders.Match(table.Headers[i]) is not RosterColumn col)
            {
                // Named, never ignored: a column the clerk meant (e.g. 监护人电话 typed as 监护电话) must not vanish silently.
                unknown.Add(new RosterError(1, table.Headers[i].Trim(), RosterText.Get("UnknownColumn", table.Headers[i].Trim())));
                continue;
            }
            if (!index.TryAdd(col, i)) errors.Add(new RosterError(1, table.Headers[i].Trim(), RosterText.Get("DuplicateColumn", RosterHeaders.Chinese[col])));
        }
        if (index.Count == 0) return ([], [new RosterError(1, "", RosterText.Get("NoHeader"))]);
        foreach (var col in RosterHeaders.Required.Where(c => !index.ContainsKey(c)))
        {
            errors.Add(new RosterError(1, RosterHeaders.Chinese[col], RosterText.Get("MissingColumn", RosterHeaders.Chinese[col])));
        }
        if (errors.Count > 0) return ([], [.. errors, .. unknown]);
        // Unknown columns are reported together with every row's problems, so one preview shows everything to fix.
        errors.AddRange(unknown);

        var rows = new List<RosterRow>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var (rowNo, cells) in table.Rows)
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var row = new RowReader(rowNo, cells, index, errors);
            var school = row.Required(RosterColumn.School, MaxText);
            if (onlySchool is not null && school is not null && school != onlySchool) row.Error(RosterColumn.School, RosterText.Get("OtherSchool", school, onlySchool));
            var cls = row.Required(RosterColumn.Class, MaxText);
            var number = row.Required(RosterColumn.StudentNumber, 30);
            var name = row.Required(RosterColumn.Name, MaxName);
            var gender = ParseGender(row);
            var birth = ParseBirth(row, today);
            var type = row.Lookup(RosterColumn.LeftBehindType, Types, "BadLeftBehindType");
            var relation = row.Lookup(RosterColumn.GuardianRelation, Relations, "BadRelation");
            var guardian = row.Person(RosterColumn.GuardianName, RosterColumn.GuardianPhone, null);
            if (relation is GuardianRelation r && r != GuardianRelation.None && guardian is null && row.Ok(RosterColumn.GuardianName))
            {
                row.Error(RosterColumn.GuardianName, RosterText.Get("GuardianNameRequired", row.Raw(RosterColumn.GuardianRelation)));
            }
            var father = row.Person(RosterColumn.FatherName, RosterColumn.FatherPhone, RosterColumn.FatherWorkplace);
            var mother = row.Person(RosterColumn.MotherName, RosterColumn.MotherPhone, RosterColumn.MotherWorkplace);
            var head = row.Optional(RosterColumn.HeadTeacher, MaxName);
            var paired = row.Optional(RosterColumn.PairedTeacher, MaxName);
            if (school is not null && number is not null)
            {
                if (seen.TryGetValue((school, number), out var first))
                {
                    row.Error(RosterColumn.StudentNumber, RosterText.Get("DuplicateStudentNumber", number, first));
                }
                else
                {
                    seen[(school, number)] = rowNo;
                }
            }
            if (row.HasErrors) continue;
            rows.Add(new RosterRow(rowNo, school!, cls!, number!, name!, gender, birth, type!.Value, relation!.Value,
                relation == GuardianRelation.None ? null : guardian, father, mother, head, paired));
        }
        return (rows, errors);
    }

    private static Gender ParseGender(RowReader row)
    {
        var g = row.Raw(RosterColumn.Gender);
        switch (g.ToLowerInvariant())
        {
            case "": return Gender.Unknown;
            case "男" or "m" or "male" or "boy": return Gender.Male;
            case "女" or "f" or "female" or "girl": return Gender.Female;
            default:
                row.Error(RosterColumn.Gender, RosterText.Get("BadGender", g));
                return Gender.Unknown;
        }
    }

    private static DateOnly? ParseBirth(RowReader row, DateOnly today)
    {
        var s = row.Raw(RosterColumn.BirthDate);
        if (s.Length == 0) return null;
        if (!DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            row.Error(RosterColumn.BirthDate, RosterText.Get("BadDate", s));
            return null;
        }
        var d = DateOnly.FromDateTime(dt);
        if (d > today.AddYears(-3) || d < today.AddYears(-20))
        {
            row.Error(RosterColumn.BirthDate, RosterText.Get("ImplausibleDate", s));
            return null;
        }
        return d;
    }

    /// <summary>Chinese mobile (11 digits, 1[3-9]…) with optional +86, or a landline with area code.</summary>
    internal static string? NormalizePhone(string s)
    {
        // NFKC: numbers typed with a Chinese IME in full width (１３８…, －) read as ASCII.
        var compact = new string(s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not '(' and not ')').ToArray());
        if (compact.StartsWith("+86", StringComparison.Ordinal)) compact = compact[3..];
        // A mobile is often written in groups (138-0000-1006, 138.0000.1006); a landline keeps its area code's dash.
        var digits = new string(compact.Where(c => c is not '-' and not '.').ToArray());
        if (MobilePattern().IsMatch(digits)) return digits;
        if (LandlinePattern().IsMatch(compact)) return compact;
        return null;
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex("^0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}$")]
    private static partial Regex LandlinePattern();

    private sealed class RowReader(int row, string[] cells, Dictionary<RosterColumn, int> index, List<RosterError> errors)
    {
        private readonly HashSet<RosterColumn> _bad = [];

        public bool HasErrors => _bad.Count > 0;

        public bool Ok(RosterColumn c) => !_bad.Contains(c);

        public string Raw(RosterColumn c) => index.TryGetValue(c, out var i) && i < cells.Length ? cells[i].Trim() : "";

        public void Error(RosterColumn c, string message)
        {
            _bad.Add(c);
            errors.Add(new RosterError(row, RosterHeaders.Chinese[c], message));
        }

        public string? Required(RosterColumn c, int max)
        {
            var v = Raw(c);
            if (v.Length == 0)
            {
                Error(c, RosterText.Get("Required", RosterHeaders.Chinese[c]));
                return null;
            }
            return Limit(c, v, max);
        }

        public string? Optional(RosterColumn c, int max)
        {
            var v = Raw(c);
            return v.Length == 0 ? null : Limit(c, v, max);
        }

        public T? Lookup<T>(RosterColumn c, Dictionary<string, T> values, string messageKey) where T : struct
        {
            var v = Raw(c);
            if (v.Length == 0)
            {
                Error(c, RosterText.Get("Required", RosterHeaders.Chinese[c]));
                return null;
            }
            if (values.TryGetValue(v, out var t)) return t;
            Error(c, RosterText.Get(messageKey, v));
            return null;
        }

        public RosterPerson? Person(RosterColumn name, RosterColumn phone, RosterColumn? workplace)
        {
            var n = Optional(name, MaxName);
            var p = Raw(phone);
            string? normalized = null;
            if (p.Length > 0)
            {
                normalized = NormalizePhone(p);
                if (normalized is null) Error(phone, RosterText.Get("BadPhone", p));
            }
            var w = workplace is RosterColumn wc ? Optional(wc, MaxText) : null;
            return n is null ? null : new RosterPerson(n, normalized, w);
        }

        private string? Limit(RosterColumn c, string v, int max)
        {
            if (v.Length <= max) return v;
            Error(c, RosterText.Get("TooLong", RosterHeaders.Chinese[c], max));
            return null;
        }
    }
}
