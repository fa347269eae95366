using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// Applies <see cref="UrgencyLexicon"/> to a message. Order matters: harmless senses are masked first ("打电话",
/// "想死你了", "火灾演练"), danger numbers count only when someone calls them, a guardian who cannot care while the
/// child is alone is an emergency, strong words raise without a question, weak words ask once, and news that the
/// incident is over turns an emergency into nothing (or into a concern, for violence and self-harm).
/// </summary>
internal static partial class UrgencyDetector
{
    private const int ProhibitionWindow = 10;

    /// <param name="folded">The text after <see cref="ChineseScript.Fold"/>.</param>
    public static UrgencyAssessment Assess(string folded)
    {
        var text = Harmless().Replace(folded, static m => new string('_', m.Length));
        var resolvedAt = LastResolution(text);
        var resolved = resolvedAt >= 0;
        var reminder = ContainsAny(folded, UrgencyLexicon.ReminderContext) && !ContainsAny(folded, UrgencyLexicon.EventMarkers);

        if (CallForHelp().Match(text) is { Success: true } call && !Denied(text, call.Index) && !ContainsAny(folded, UrgencyLexicon.Drills))
            return new(UrgencyLevel.Emergency, "explicit", Clear: true, resolved);
        if ((IndexOfAny(text, UrgencyLexicon.Incapacity) >= 0 || IndexOfAny(text, GuardianCareLexicon.Incapacity) >= 0) && ChildAloneAt(text) is var alone and >= 0 && !Denied(text, alone)
            && !ContainsAny(text, UrgencyLexicon.FutureMarkers)
            && (!resolved || Stands(text, alone, resolvedAt)))
            return new(UrgencyLevel.Emergency, "alone", Clear: true, resolved);

        UrgencyAssessment? concern = null;
        foreach (var category in UrgencyLexicon.Emergencies)
        {
            var at = StrongAt(text, category, reminder);
            if (at < 0) continue;
            if (!resolved || Stands(text, at, resolvedAt)) return new(UrgencyLevel.Emergency, category.Name, Clear: true, resolved);
            if (category.Downgrades) concern ??= new(UrgencyLevel.Concern, category.Name, Clear: true, resolved);
        }
        if (concern is not null) return concern;
        if (PatternDanger(text) is { } pattern && !(resolved && !Stands(text, pattern.At, resolvedAt)))
            return new(UrgencyLevel.Emergency, pattern.Reason, Clear: true, resolved);

        var leisure = ContainsAny(text, UrgencyLexicon.LeisureContext);
        if (!resolved && !reminder && !leisure)
        {
            var aboutEmergencies = SpeaksOfEmergencies(text);
            foreach (var category in UrgencyLexicon.Emergencies)
                foreach (var term in category.Weak)
                {
                    // "学校有紧急情况的话会通知我吗": the menu's word 紧急 inside a question about emergencies asks for none.
                    if (aboutEmergencies && category.Name == ExplicitCategory) break;
                    var at = Find(text, term);
                    if (at < 0 || Denied(text, at) || Prohibited(text, at)) continue;
                    // "作业本找不到了": a lost thing is not a lost child.
                    if (category.Name == "missing" && !ContainsAny(text, UrgencyLexicon.People)) continue;
                    return new(UrgencyLevel.Emergency, category.Name, Clear: false, resolved);
                }
        }

        if (!resolved)
        {
            foreach (var category in UrgencyLexicon.Concerns)
                foreach (var term in category.Strong)
                {
                    var at = Find(text, term);
                    if (at >= 0 && !Denied(text, at)) return new(UrgencyLevel.Concern, category.Name, Clear: true, resolved);
                }
            if (ConcernPattern().Match(text) is { Success: true } worry && !Denied(text, worry.Index)) return new(UrgencyLevel.Concern, "pattern", Clear: true, resolved);
        }
        return UrgencyAssessment.Ordinary(resolved);
    }

    private const string ExplicitCategory = "explicit";

    /// <summary>
    /// The message speaks of emergencies in general or of the service (<see cref="UrgencyLexicon.AboutEmergencies"/>)
    /// with the emergency menu's words ("紧急", "emergency"): a question for a person, not a call for help.
    /// </summary>
    /// <param name="folded">The text after <see cref="ChineseScript.Fold"/>.</param>
    public static bool SpeaksOfEmergencies(string folded) =>
        ContainsAny(folded, UrgencyLexicon.AboutEmergencies)
        // "如果" and "的话" are also how a worried parent asks politely for help ("紧急！能的话请老师马上打电话给我"):
        // only a question about emergencies asks for nothing.
        && ContainsAny(folded, UrgencyLexicon.QuestionMarks)
        && UrgencyLexicon.Emergencies.Any(c => c.Name == ExplicitCategory && c.Weak.Any(w => Find(folded, w) >= 0));

    /// <summary>The position of the first strong word of the category that is neither denied nor a prohibition in a reminder.</summary>
    private static int StrongAt(string text, DangerCategory category, bool reminder)
    {
        foreach (var term in category.Strong)
        {
            var at = Find(text, term);
            while (at >= 0)
            {
                if (!Denied(text, at) && !(reminder && Prohibited(text, at)) && !Prohibited(text, at, near: true)) return at;
                at = Find(text, term, at + 1);
            }
        }
        return -1;
    }

    /// <summary>A danger after the news of resolution and a "but" is still a danger: "找到了，但是腿摔断了".</summary>
    private static bool Stands(string text, int dangerAt, int resolvedAt)
    {
        if (dangerAt < resolvedAt) return false;
        // The contrast may open the danger phrase itself ("…but she's gone").
        var end = Math.Min(text.Length, dangerAt + 5);
        var between = text.AsSpan(resolvedAt, end - resolvedAt);
        foreach (var contrast in UrgencyLexicon.Contrasts)
            if (between.IndexOf(contrast, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    private static (string Reason, int At)? PatternDanger(string text)
    {
        if (PassiveHit().Match(text) is { Success: true } hit && !Denied(text, hit.Index)) return ("violence", hit.Index);
        if (FellFromHeight().Match(text) is { Success: true } fell && !Denied(text, fell.Index)) return ("injury", fell.Index);
        if (SwallowedObject().Match(text) is { Success: true } swallowed && !Denied(text, swallowed.Index)) return ("poisoning", swallowed.Index);
        if (StrangerTakes().Match(text) is { Success: true } taken && !Denied(text, taken.Index)) return ("stranger", taken.Index);
        if (NotBackYet().Match(text) is { Success: true } away && !Denied(text, away.Index) && ContainsAny(text, UrgencyLexicon.People)) return ("missing", away.Index);
        if (BrokenBone().Match(text) is { Success: true } bone) return ("injury", bone.Index);
        return null;
    }

    /// <summary>A denial directly before the word: "没有受伤", "没被打", "not hurt".</summary>
    private static bool Denied(string text, int at)
    {
        var start = Math.Max(0, at - 3);
        var window = text.AsSpan(start, at - start);
        // "有没有被欺负", "是不是被打了" ask; they do not deny.
        var asking = text.AsSpan(Math.Max(0, at - 5), at - Math.Max(0, at - 5));
        if (asking.IndexOf("有没", StringComparison.Ordinal) >= 0 || asking.IndexOf("是不是", StringComparison.Ordinal) >= 0) return false;
        var latin = text.AsSpan(Math.Max(0, at - 8), at - Math.Max(0, at - 8));
        foreach (var denial in UrgencyLexicon.Denials)
        {
            var span = char.IsAsciiLetter(denial[0]) ? latin : window;
            if (span.IndexOf(denial, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>A prohibition before the word: "不要去河边", "小心别掉水里", "stay away from the river".</summary>
    private static bool Prohibited(string text, int at, bool near = false)
    {
        var reach = near ? 3 : ProhibitionWindow;
        var start = Math.Max(0, at - reach);
        var window = text.AsSpan(start, at - start);
        foreach (var word in UrgencyLexicon.Prohibitions)
            if (window.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>Occurrence of the term from <paramref name="from"/>; Latin words must stand alone.</summary>
    private static int Find(string text, string term, int from = 0)
    {
        var at = text.IndexOf(term, from, StringComparison.Ordinal);
        if (at < 0 || !char.IsAsciiLetterOrDigit(term[0])) return at;
        while (at >= 0)
        {
            var end = at + term.Length;
            var before = at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]);
            var after = end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]) || !char.IsAsciiLetterOrDigit(term[^1])
                || InflectionFollows(text, term, end);
            if (before && after) return at;
            at = text.IndexOf(term, at + 1, StringComparison.Ordinal);
        }
        return -1;
    }

    /// <summary>"drowning", "bullies", "kidnapped": an English word with an ending still counts (numbers never do).</summary>
    private static bool InflectionFollows(string text, string term, int end)
    {
        if (!char.IsAsciiLetter(term[^1])) return false;
        foreach (var ending in (ReadOnlySpan<string>)["s", "es", "ed", "d", "ing", "ped", "ping", "ies", "ied"])
        {
            var stem = ending.StartsWith('i') && term[^1] == 'y' ? end - 1 : end;
            if (string.CompareOrdinal(text, stem, ending, 0, ending.Length) != 0) continue;
            var after = stem + ending.Length;
            if (after >= text.Length || !char.IsAsciiLetterOrDigit(text[after])) return true;
        }
        return false;
    }

    /// <summary>The child left alone: the lexicon's words, or "就剩两个娃" / "只剩下三个孩子" with a count.</summary>
    private static int ChildAloneAt(string text) =>
        IndexOfAny(text, UrgencyLexicon.ChildAlone) is var at and >= 0 ? at : LeftWithChildren().Match(text) is { Success: true } m ? m.Index : -1;

    private static int IndexOfAny(string text, string[] words)
    {
        foreach (var w in words)
            if (Find(text, w) is var at and >= 0) return at;
        return -1;
    }

    /// <summary>Where the last news of resolution starts; -1 when there is none.</summary>
    private static int LastResolution(string text)
    {
        var last = -1;
        foreach (var w in UrgencyLexicon.Resolutions)
        {
            var at = Find(text, w);
            while (at >= 0)
            {
                // "还没回来了" is no resolution, "没事吧？" asks whether it is over, and "问她也只说没事" is a child
                // hiding something, not news that it is over.
                if (!Denied(text, at) && !IsQuestion(text, at + w.Length) && !HidingSays().IsMatch(text.AsSpan(0, at))) last = Math.Max(last, at);
                at = Find(text, w, at + 1);
            }
        }
        return last;
    }

    private static bool IsQuestion(string text, int after)
    {
        var rest = text.AsSpan(after).TrimStart();
        return rest.Length > 0 && rest[0] is '吧' or '吗' or '嘛' or '?' or '？' or '么';
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words)
            if (Find(text, w) >= 0) return true;
        return false;
    }

    /// <summary>Harmless senses of danger-looking words, masked before any matching.</summary>
    [GeneratedRegex(
        "打(?:扫|针|电话|球|篮球|乒乓|羽毛球|卡|饭|疫苗|预防针|分|字|印|开|算|招呼|工|游戏|闹|湿|包|折|车|水|雷)|想死(?:你|您|他|她|我们|你们|咱|了你|爸|妈)|" +
        "(?:笑|急|累|热|冷|困|饿|烦|气|吓|忙|美)死|救命稻草|(?:火灾|消防|防溺水|防火|地震|溺水|安全)(?:演练|演习|知识|宣传|教育|安全课|课)|" +
        "玩水枪|水枪|(?:碗|杯子|盘子|手机|瓶子|东西|眼镜)\\S{0,2}摔|摔(?:了)?(?:碗|杯子|盘子|手机|瓶子|东西|眼镜)|(?:想|要)当(?:警察|消防员|医生)|" +
        "missing from (?:roll call|the register|class)|missing (?:you|home|his (?:mum|mom|dad|parents)|her (?:mum|mom|dad|parents)|us|them|class|homework)|killing me|dying to|(?:phone|cup|bowl|glass|plate|screen) (?:fell|broke)|" +
        "(?:fire|safety|water safety) (?:drill|lesson|safety)|fire (?:station|brigade|safety|fighter)|play(?:ing)? fight|(?:water|pillow|snowball|food|nerf) fights?|" +
        "没回(?:家|来)吃(?:早饭|午饭|中饭|晚饭|饭)|(?:did not|didn't|did n't) come home for (?:lunch|dinner|supper|a meal)")]
    private static partial Regex Harmless();

    /// <summary>Danger numbers and services only when someone calls them: "打了110", "叫120", "called 120", "police came".</summary>
    [GeneratedRegex(
        "(?:打|拨|叫|报|呼叫|喊)(?:了|过|个)?(?:电话)?(?:给)?\\s*(?:110|119|120|救护车|警察|急救)(?!\\d)|(?<!\\d)(?:110|119|120|救护车|警察)(?:来了|到了|已经|马上|正在|把)|" +
        "(?:call(?:ed|ing)?|dial(?:l?ed)?|phoned?|rang)\\s+(?:an?\\s+|the\\s+)?(?:110|119|120|ambulance|police)(?!\\d)|(?:ambulance|police)\\s+(?:is coming|came|arrived|took)")]
    private static partial Regex CallForHelp();

    [GeneratedRegex("被[^，。,.!?！？\\s]{0,5}?(?:打(?!扫|针|电话|球|卡|饭|疫苗|分|字|印|开|算|招呼|工|湿)|揍|踢|砍|捅|殴)")]
    private static partial Regex PassiveHit();

    /// <summary>"陌生男的在校门口要带娃走": someone unknown taking the child away.</summary>
    [GeneratedRegex("(?:陌生|不认识)[^。.!?！？]{0,15}?(?:带|拉|抱|领|拽|拖)(?:[^，。,.!?！？\\s]{0,3}走|[^，。,.!?！？\\s]{0,4}上[^，。,.!?！？\\s]{0,2}车)")]
    private static partial Regex StrangerTakes();

    /// <summary>"就剩两个娃", "只剩下三个孩子": nobody else at home.</summary>
    [GeneratedRegex("(?:就|只)剩(?:下)?(?:[一两二三四五几俩]个?)?(?:娃|孩子|小孩|孙子|孙女)")]
    private static partial Regex LeftWithChildren();

    /// <summary>"还没从山上回来", "到现在没从学校回家": a person still away, with where in between.</summary>
    [GeneratedRegex("(?:还|到现在|一直)没从[^，。,.!?！？\\s]{1,6}回(?:来|家|到)")]
    private static partial Regex NotBackYet();

    /// <summary>A broken bone, not a broken pencil case: "broke his arm", "broken her wrist".</summary>
    [GeneratedRegex("\\bbroke(?:n)? (?:his|her|my|their) (?:arm|leg|wrist|ankle|nose|hand|foot|collarbone|finger|rib|ribs|neck|back|skull|jaw|hip)\\b")]
    private static partial Regex BrokenBone();

    /// <summary>Concerns said with words in between: money taken ("抢他的早餐钱"), "两天没去上课" without the guardian knowing.</summary>
    [GeneratedRegex("抢(?:他|她)的?[^，。,.!?！？\\s]{0,4}钱|(?:堵|找|跟|向)(?:他|她)要钱|(?:[一两兩二三四五几幾好]|\\d)天没(?:去|来|进)?(?:上学|上课|学校|教室)|taking (?:his|her) [a-z]+ money")]
    private static partial Regex ConcernPattern();

    /// <summary>Reported words of a child who will not tell: "问什么都说没事", "她说没事".</summary>
    [GeneratedRegex("(?:他|她|都|就|只|总|老|孩子|娃)说(?:是)?$")]
    private static partial Regex HidingSays();

    [GeneratedRegex("从[^，。,.!?！？\\s]{0,6}?(?:摔|掉|跌|滚)下")]
    private static partial Regex FellFromHeight();

    [GeneratedRegex("(?:吞|吃|咽)(?:了|下)[^，。,.!?！？\\s]{0,4}?(?:电池|硬币|磁铁|钉|药片|药丸|老鼠药)")]
    private static partial Regex SwallowedObject();
}
