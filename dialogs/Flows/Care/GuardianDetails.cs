using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// What a parent says about the temporary guardian in one message, in any order: "王桂芳 孩子姑姑 13800138000",
/// "姑姑王桂芳，电话138…", "王桂芳是孩子的姑姑". Each part is null when the message does not give it.
/// </summary>
internal sealed partial record GuardianDetails(string? Name, string? Relation, string? Phone)
{
    private static readonly char[] Separators = [' ', '　', '，', ',', '、', '。', '；', ';', '：', ':', '（', '）', '(', ')', '/', '\n', '\t'];
    private static readonly string[] Prefixes = ["电话号码是", "电话号码", "电话是", "电话", "手机号", "手机", "電話", "phone", "tel", "孩子的", "孩子", "娃的", "她是", "他是", "她的", "他的", "她", "他", "是", "叫"];
    private static readonly string[] Commands = CareText.WordsInAllLanguages("GuardianCommands").OrderByDescending(w => w.Length).ToArray();
    private static readonly string[] Relations = CareText.WordsInAllLanguages("GuardianRelationWords").OrderByDescending(w => w.Length).ToArray();

    public static GuardianDetails None { get; } = new(null, null, null);

    public bool IsEmpty => Name is null && Relation is null && Phone is null;

    /// <summary>What this message adds to what is known; a part already known is kept.</summary>
    public GuardianDetails Merge(GuardianDetails later) => new(Name ?? later.Name, Relation ?? later.Relation, Phone ?? later.Phone);

    public static GuardianDetails Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200) return None;
        // "138 0013 8000", "139-0731-0099": one number.
        var rest = PhoneGaps().Replace(Digits(text), "");
        foreach (var command in Commands) rest = rest.Replace(command, " ", StringComparison.OrdinalIgnoreCase);
        string? name = null, relation = null, phone = null;
        foreach (var raw in rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var token = raw;
            var digits = new string(token.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is >= 7 and <= 15)
            {
                phone ??= digits;
                // "姑姑13800138000": what stands before the number is read as its own part.
                token = new string(token.Where(c => !char.IsAsciiDigit(c) && c != '-' && c != '+').ToArray());
            }
            else if (digits.Length > 0)
            {
                continue;
            }
            token = StripPrefixes(token);
            if (token.Length == 0) continue;
            // "王桂芳是孩子姑姑" / "王桂芳是姑姑"
            var isAt = token.IndexOf('是', StringComparison.Ordinal);
            if (isAt is >= 1 and <= 4)
            {
                name ??= token[..isAt];
                token = StripPrefixes(token[(isAt + 1)..]);
                if (token.Length == 0) continue;
            }
            var found = Relations.FirstOrDefault(r => token.Contains(r, StringComparison.OrdinalIgnoreCase));
            if (found is not null && relation is null)
            {
                var at = token.IndexOf(found, StringComparison.OrdinalIgnoreCase);
                var before = StripPrefixes(token[..at]);
                var after = token[(at + found.Length)..];
                // "王桂芳姑姑" is a name and a relation; "孩子的姑姑", "邻居大姐" a relation only.
                if (before.Length is >= 2 and <= 4 && name is null) { name = before; relation = found + after; }
                // "王阿姨", "李叔叔": how the family calls a neighbour is a name.
                else if (before.Length == 1 && name is null) name = token;
                else if (after.Length is >= 2 and <= 4 && before.Length == 0 && name is null && IsCjk(after)) { name = after; relation = found; }
                else relation = token;
                continue;
            }
            if (name is null && token.Length <= 20) name = token;
        }
        return new GuardianDetails(name, relation, phone);
    }

    private static string StripPrefixes(string token)
    {
        var changed = true;
        while (changed && token.Length > 0)
        {
            changed = false;
            foreach (var prefix in Prefixes)
            {
                if (!token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                token = token[prefix.Length..].TrimStart(Separators);
                changed = true;
                break;
            }
        }
        return token;
    }

    [GeneratedRegex(@"(?<=\d)[\s\-]+(?=\d)")]
    private static partial Regex PhoneGaps();

    private static bool IsCjk(string text) => text.All(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>Full-width digits on ASCII ones ("１３８…").</summary>
    private static string Digits(string text) => new(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray());
}
