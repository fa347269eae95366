using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// A teacher's attendance message: "全到" (everyone), or "缺：张三 李四" / "缺:张三,李四" / "absent: A, B"
/// (full-width or half-width colon, any of space , ， 、 ; ； as separators); or an explicit correction of one child,
/// "改：王小明 到校" / "改:刘阳 缺勤" / "改：王小明 迟到" / "correct: A present"; and children said late beside the list
/// ("缺：刘阳 小明迟到", "小明迟到了"), who came and are recorded late. A reason in brackets after a name ("刘阳（病假）") is the
/// teacher's remark, not part of the name; a leading "考勤" / "今天考勤：" is not part of the list. Asked for the list,
/// everyone present may also be said in words (<see cref="SaysAllPresent"/>).
/// </summary>
internal static partial class AttendanceText
{
    private static readonly char[] Separators = [' ', ',', '，', '、', ';', '；', '\n', '\t'];

    /// <param name="text">The teacher's message.</param>
    /// <param name="absent">The names listed as absent (none for everyone present).</param>
    /// <param name="asked">
    /// True at the attendance question itself: everyone present said in words counts there. Elsewhere (the menu, an open
    /// emergency's talk, where "大家都到了" may be about the assembly point) only the set words and the list do.
    /// </param>
    public static bool TryParse(string? text, out IReadOnlyList<string> absent, bool asked = false)
    {
        absent = [];
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = WithoutLeadWord(TextNormalizer.Normalize(text));
        if (TeacherText.WordsInAllLanguages("AllPresentWords").Any(w => TextNormalizer.Compact(w) == TextNormalizer.Compact(t))) return true;
        if (asked && SaysAllPresent(t)) return true;
        if (asked && TryReadAbsentInWords(t, out absent)) return true;
        foreach (var prefix in TeacherText.WordsInAllLanguages("AbsentPrefixes").OrderByDescending(p => p.Length))
        {
            if (!t.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var names = Remark().Replace(t[prefix.Length..], " ").TrimStart(':', ' ').Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where((word, i) => i == 0 || !IsReason(word)).ToArray();
            if (names.Length == 0) return false;
            absent = names.Distinct(StringComparer.Ordinal).ToList();
            return true;
        }
        return false;
    }

    /// <summary>
    /// The reasons written beside names in the list ("缺 刘阳（发烧）", "缺：王小明 发烧请假 刘阳"): each name as written,
    /// with its reason. <see cref="TryParse(string?, out IReadOnlyList{string}, bool)"/> reads them as remarks and leaves
    /// them out of the names; they are kept on the child's day (found by earlier play sessions: they were dropped).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Reasons(string? text)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return reasons;
        var t = WithoutLeadWord(TextNormalizer.Normalize(TakeLate(text, out _)));
        var prefix = TeacherText.WordsInAllLanguages("AbsentPrefixes").OrderByDescending(p => p.Length).FirstOrDefault(p => t.StartsWith(p, StringComparison.Ordinal));
        if (prefix is null) return reasons;
        // "刘阳(发烧)" → "刘阳 (发烧) ": the remark a word of its own, after its name.
        var words = Remark().Replace(t[prefix.Length..], m => " " + m.Value + " ").TrimStart(':', ' ')
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? name = null;
        for (var i = 0; i < words.Length; i++)
        {
            var remark = Remark().Match(words[i]) is { Success: true } m && m.Length == words[i].Length ? words[i].Trim('(', ')').Trim() : null;
            var reason = remark ?? (i > 0 && IsReason(words[i]) ? words[i] : null);
            if (reason is null)
            {
                name = words[i];
                continue;
            }
            if (name is null || reason.Length == 0) continue;
            reasons[name] = reasons.TryGetValue(name, out var before) ? before + " " + reason : reason;
        }
        return reasons;
    }

    /// <summary>"改：王小明 到校", "改：刘阳 缺勤", "改：王小明 迟到": the child's name and the status to write.</summary>
    public static bool TryParseCorrection(string? text, out string name, out AttendanceStatus status)
    {
        name = string.Empty;
        status = AttendanceStatus.Present;
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = TextNormalizer.Normalize(text);
        foreach (var prefix in TeacherText.WordsInAllLanguages("CorrectPrefixes").OrderByDescending(p => p.Length))
        {
            if (!t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var parts = t[prefix.Length..].TrimStart(':', ' ').Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2) return false;
            var said = string.Concat(parts[1..]);
            bool Is(string words) => TeacherText.WordsInAllLanguages(words).Any(w => string.Equals(w, said, StringComparison.OrdinalIgnoreCase));
            AttendanceStatus? to = Is("PresentWords") ? AttendanceStatus.Present : Is("AbsentWords") ? AttendanceStatus.Absent : Is("LateWords") ? AttendanceStatus.Late : null;
            if (to is null) return false;
            name = parts[0];
            status = to.Value;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The day's list with the children said late in it ("缺：刘阳 小明迟到", "刘阳没来 小明迟到了 其他都到了", "小明迟到了"):
    /// <paramref name="late"/> came late (they are there), <paramref name="absent"/> as <see cref="TryParse(string?, out IReadOnlyList{string}, bool)"/>
    /// reads the rest. Only at the attendance question (<paramref name="asked"/>) does a message of late children alone
    /// say the rest of the class is there, as the question says; elsewhere it is one child's lateness (<see cref="TellsLate"/>).
    /// </summary>
    public static bool TryParse(string? text, out IReadOnlyList<string> absent, out IReadOnlyList<string> late, bool asked = false)
    {
        absent = [];
        late = [];
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var rest = TakeLate(text, out var said);
        if (said.Count == 0) return TryParse(text, out absent, asked);
        late = said;
        if (IsNothingElse(rest)) return asked;
        return TryParse(rest, out absent, asked);
    }

    /// <summary>"小明迟到了", "王小明今天迟到了十分钟": one child said late, and nothing else.</summary>
    public static bool TellsLate(string? text, out string name)
    {
        name = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var rest = TakeLate(text, out var late);
        if (late.Count != 1 || !IsNothingElse(rest)) return false;
        name = late[0];
        return true;
    }

    /// <summary>What is left of a message once its late children are taken out says nothing more ("", "今天", "考勤").</summary>
    private static bool IsNothingElse(string rest)
    {
        var t = WithoutLeadWord(TextNormalizer.Fold(rest).Trim()).Trim(Separators).Trim('。', '.', '!', '！', '~');
        return t.Length == 0 || t is "今天" or "今日";
    }

    /// <summary>
    /// The parts of the message that say a child came late ("小明迟到了", "王小明 迟到", "小明和小红今天迟到了十分钟"), taken
    /// out: their names in <paramref name="late"/>, the rest of the message returned. A question ("小明今天迟到了吗") says
    /// no one is late, and a part with more than a name before its 迟到 ("下雨路滑迟到") is left in the message.
    /// </summary>
    private static string TakeLate(string text, out IReadOnlyList<string> late)
    {
        late = [];
        var t = LateAfterSpace().Replace(TextNormalizer.Fold(text), "$1");
        if (AsksAboutToday(text) || !LateWord().IsMatch(t)) return text;
        var names = new List<string>();
        var rest = new List<string>();
        foreach (var part in t.Split([.. Separators, '。', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = LatePart().Match(part);
            var named = m.Success ? m.Groups["names"].Value.Split(['和', '跟'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (named.Length == 0 || named.Any(n => n.Length > MaxNameLength)) rest.Add(part);
            else names.AddRange(named);
        }
        if (names.Count == 0) return text;
        late = names.Distinct(StringComparer.Ordinal).ToList();
        return string.Join(' ', rest);
    }

    /// <summary>"王小明 迟到": the word written apart from the name it is about.</summary>
    [GeneratedRegex(@"\s+(迟到|晚到)")]
    private static partial Regex LateAfterSpace();

    [GeneratedRegex(@"迟到|晚到")]
    private static partial Regex LateWord();

    /// <summary>"(今天)小明(今天)迟到(了)(十分钟)": the names before the word, a few words of how late after it, never a question.</summary>
    [GeneratedRegex(@"^(今天|今日|早上)?(?<names>[^:：\s]{1,12}?)(今天|今日|早上|上午|下午)?(迟到|晚到)(了|的)?(?![^吗么?？]*[吗么?？])(.{0,8})$")]
    private static partial Regex LatePart();

    // Read from the resources once, longest first: every teacher message during an emergency is checked for a list.
    private static readonly string[] LeadWords = TeacherText.WordsInAllLanguages("AttendanceLeadWords").OrderByDescending(w => w.Length).ToArray();

    /// <summary>"考勤 缺：王小明", "今天考勤：全到": the word for attendance before the list is not part of it.</summary>
    private static string WithoutLeadWord(string t)
    {
        foreach (var lead in LeadWords)
        {
            if (t.Length > lead.Length && t.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
                return t[lead.Length..].TrimStart(':', ' ', ',', '，');
        }
        return t;
    }

    /// <summary>
    /// "感冒了", "发烧请假", "病假" written after a name without brackets: the teacher's remark, as "（病假）" is. The first
    /// word is always a name, so a list of one reason alone is still refused as no child of the class.
    /// </summary>
    private static bool IsReason(string word) => Guardian.LeaveReason.Find(word) is not null || Absence().IsMatch(TextNormalizer.Fold(word));

    /// <summary>"(病假)" after a name, or "(病假" at the end once the normaliser trimmed the closing bracket.</summary>
    [GeneratedRegex(@"\([^()]*(\)|$)")]
    private static partial Regex Remark();

    /// <summary>
    /// A child's absence told in words rather than as the list ("小明发烧了没来", "王小明今天请假了"): short, and saying
    /// that someone is not at school. The teacher is then asked for the day's list, which is what records it.
    /// </summary>
    public static bool TellsAbsence(string? text) =>
        !string.IsNullOrWhiteSpace(text) && TextNormalizer.Compact(text).Length <= MaxToldAbsenceLength && Absence().IsMatch(TextNormalizer.Fold(text));

    /// <summary>
    /// Everyone present said in words at the attendance question ("今天大家都到了", "全班都来了", "一个不少", "没有缺勤的",
    /// "小明 小红都到了 其他人也到了"). Only a message about the whole class counts: names alone ("小明小红都到了") leave the
    /// rest unsaid, and any word of absence or negation ("小明没到 其他人都到了", "都没到", "没有全到") is never read as
    /// everyone present — a child missing from school must not be recorded as there.
    /// </summary>
    private static bool SaysAllPresent(string text)
    {
        var t = TextNormalizer.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('。', '.', '!', '！', '~');
        if (NoneAbsent().IsMatch(t)) return true;
        if (Absence().IsMatch(t) || Negation().IsMatch(NoneMissing().Replace(t, string.Empty))) return false;
        return WholeClassHere().IsMatch(t) || NoneMissing().IsMatch(t) || RestHere().IsMatch(t);
    }

    /// <summary>
    /// At the attendance question, the children absent told in words, each with its word of absence after the name
    /// ("小明病假 刘阳没来 其他都到了", "王小明发烧没来", "小明和小红请假了"): the list 「缺：…」 itself, the rest of the class there,
    /// as the question says. Every part must name before its word of absence; what is read as a name and is none of the
    /// class ("我病假", "小明没") is listed back by the dialog and nothing is written.
    /// </summary>
    private static bool TryReadAbsentInWords(string text, out IReadOnlyList<string> absent)
    {
        absent = [];
        var t = TextNormalizer.Fold(text).TrimEnd('。', '.', '!', '！', '~');
        // "今天王小明好像没来吧我也不确定": not sure is no list, and "今天谁没来" asks; neither is written.
        if (Unsure().IsMatch(t) || AsksAboutToday(text)) return false;
        if (t.StartsWith("今天", StringComparison.Ordinal) || t.StartsWith("今日", StringComparison.Ordinal)) t = t[2..].TrimStart(Separators);
        var rest = RestHere().Match(t);
        var told = rest.Success && t[(rest.Index + rest.Length)..].Trim(Separators).Length == 0 ? t[..rest.Index] : t;
        var names = new List<string>();
        foreach (var part in told.Split([.. Separators, '。', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var why = AbsenceStart().Match(part);
            if (!why.Success || why.Index == 0) return false;
            var named = part[..why.Index].Split(['和', '跟'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // A name, not a sentence before the word of absence.
            if (named.Any(n => n.Length > MaxNameLength)) return false;
            names.AddRange(named);
        }
        if (names.Count == 0) return false;
        absent = names.Distinct(StringComparer.Ordinal).ToList();
        return true;
    }

    /// <summary>Chinese names are two to four characters; a longer "name" is a sentence.</summary>
    private const int MaxNameLength = 4;

    [GeneratedRegex(@"好像|可能|不确定|不知道|大概|也许|吧")]
    private static partial Regex Unsure();

    /// <summary>Where a child's absence (or its reason) starts after the name: "小明|病假", "王小明|发烧没来".</summary>
    [GeneratedRegex(@"病假|事假|请假|请了|没来|没到|没有来|没上学|没去学校|不来了|缺勤|缺课|发烧|发热|感冒|生病|病了|咳嗽|拉肚子|肚子疼|头疼|家里有事|有事")]
    private static partial Regex AbsenceStart();

    /// <summary>"没有缺勤的", "无人请假", "零缺勤": the whole message.</summary>
    [GeneratedRegex(@"^(今天|今日)?(没有?人?|无人?|零)(缺勤|缺课|请假)(的|了)?$")]
    private static partial Regex NoneAbsent();

    [GeneratedRegex(@"[没不未无]")]
    private static partial Regex Negation();

    /// <summary>"一个不少", "一个都不少": its 不 is not a negation of being there.</summary>
    [GeneratedRegex(@"一个(都|也)?不少")]
    private static partial Regex NoneMissing();

    /// <summary>"今天大家都到了", "全班都来了", "都到齐了", "人齐了": the whole message is about the class.</summary>
    [GeneratedRegex(@"^(今天|今日)?((全班|大家|所有人|全体|同学们|学生们|孩子们)(也)?(都|全|全部|全都)?|(都|全|全部|全都))(到|来)(了|齐了?)$|^(今天|今日)?(人|都|全)?齐了$")]
    private static partial Regex WholeClassHere();

    /// <summary>"小明 小红都到了 其他人也到了": the rest of the class said to be there after some names.</summary>
    [GeneratedRegex(@"(其他人|其他同学|其他的|其他|其余的?|剩下的|别的同学|别的)(也)?(都|全)?(到|来)(了|齐)")]
    private static partial Regex RestHere();

    /// <summary>
    /// A question about the day's attendance rather than a list ("今天孩子们都到齐了吗", "小明今天来了没", "今天谁没来？",
    /// "有没有缺勤的"): answered from what is recorded when something is.
    /// </summary>
    public static bool AsksAboutToday(string? text) =>
        !string.IsNullOrWhiteSpace(text) && TextNormalizer.Compact(text).Length <= MaxToldAbsenceLength && AsksAttendance().IsMatch(TextNormalizer.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal));

    // Not a letter, a call, homework or a notice arriving ("家长的回信到了吗"): those are questions about something else.
    // "到齐了没得", "来咗冇": 没有 as the south-west and Cantonese say it.
    [GeneratedRegex(@"^(?!.*(信|电话|作业|通知|快递|钱))(.*(到齐|到了|都到|来齐|都来|来了|缺勤|缺课|没来|没到|到校|上学).{0,4}(吗|么|没有|没得|没|冇|\?)$|(今天)?(有没有|谁|哪些人?|几个人?)(人)?(没来|没到|缺勤|请假))")]
    private static partial Regex AsksAttendance();

    /// <summary>Past this a message is a note or a report, not a line about who is missing.</summary>
    private const int MaxToldAbsenceLength = 30;

    [GeneratedRegex(@"没来|没到|没有来|没上学|没去学校|不来了|缺勤|缺课|请假|病假|事假")]
    private static partial Regex Absence();
}
