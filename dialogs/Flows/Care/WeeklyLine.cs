using System.Globalization;
using LeftBehind.Archive.Model;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// The warm weekly line parents get from a 谈心: what went well, what the teacher will keep an eye on, the teacher's
/// sentence, and a nudge to call when mood or friendships need care. Never the marks themselves.
/// </summary>
internal static class WeeklyLine
{
    public static string Compose(CultureInfo culture, string childName, string teacherName, IReadOnlyList<TalkMark> marks, string? note)
    {
        var aspects = Enum.GetValues<TalkAspect>();
        string Names(IEnumerable<TalkAspect> list) => CareText.List(culture, list.Select(a => CareText.Get(culture, "Aspect_" + a)));
        var good = aspects.Where(a => marks[(int)a] == TalkMark.Good).ToList();
        var care = aspects.Where(a => marks[(int)a] == TalkMark.NeedsCare).ToList();
        var lines = new List<string> { CareText.Get(culture, "LineTitle") };
        lines.Add(good.Count == aspects.Length ? CareText.Get(culture, "LineAllGood", childName)
            : good.Count > 0 ? CareText.Get(culture, "LineGood", childName, Names(good))
            : CareText.Get(culture, "LineSteady", childName));
        if (care.Count > 0) lines.Add(CareText.Get(culture, "LineCare", childName, Names(care)));
        if (!string.IsNullOrWhiteSpace(note)) lines.Add(CareText.Get(culture, "LineNote", teacherName, note.Trim()));
        if (care.Contains(TalkAspect.Mood) || care.Contains(TalkAspect.Friends)) lines.Add(CareText.Get(culture, "LineCall"));
        return string.Join('\n', lines);
    }
}
