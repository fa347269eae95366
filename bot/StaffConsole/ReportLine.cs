using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>One line of the 工作总结: its key (for tests and the page's data attributes), label and one value per column.</summary>
internal sealed record ReportLine(string Key, string Label, IReadOnlyList<object> Values)
{
    /// <summary>A value as the page shows it and as the Excel cell holds it (a missing median is a dash).</summary>
    public static string Show(object value) => value switch
    {
        double d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    public static IReadOnlyList<ReportLine> Build(IReadOnlyList<TermReportFigures> columns)
    {
        var lines = new List<ReportLine>();
        void Heading(string key) => lines.Add(new ReportLine(key, ConsoleText.Get("Report" + key), []));
        void Line(string key, string label, Func<TermReportFigures, object> value) => lines.Add(new ReportLine(key, label, columns.Select(value).ToList()));
        void Figure(string key, Func<TermReportFigures, object> value) => Line(key, ConsoleText.Get("Report" + key), value);

        Heading("SectionChildren");
        Figure("Children", f => f.Children);
        foreach (var t in Enum.GetValues<LeftBehindType>()) Line("Type" + t, ConsoleText.Get("Type" + t), f => f.ByLeftBehindType[t]);
        Heading("SectionGuardians");
        foreach (var r in Enum.GetValues<GuardianRelation>()) Line("Relation" + r, ConsoleText.Get("Relation" + r), f => f.ByGuardianRelation[r]);
        Heading("SectionPairs");
        Figure("PairedChildren", f => f.PairedChildren);
        Figure("PairedTeachers", f => f.PairedTeachers);
        Heading("SectionContact");
        Figure("Contacts", f => f.Contacts);
        Figure("FamiliesInContact", f => f.FamiliesInContact);
        Figure("ContactsPerFamily", f => f.Children == 0 ? 0.0 : Math.Round((double)f.Contacts / f.Children, 1));
        Figure("LettersToChild", f => f.LettersToChild);
        Figure("LettersFromChild", f => f.LettersFromChild);
        Figure("CallsBooked", f => f.CallsBooked);
        Figure("CallsHeld", f => f.CallsHeld);
        Heading("SectionQuestions");
        Figure("QuestionsAsked", f => f.QuestionsAsked);
        Figure("QuestionsAnswered", f => f.QuestionsAnswered);
        Figure("QuestionsAnsweredInDay", f => f.QuestionsAnsweredInDay);
        Figure("QuestionsWaiting", f => f.QuestionsWaiting);
        Heading("SectionEmergencies");
        Figure("EmergenciesRaised", f => f.EmergenciesRaised);
        Figure("EmergenciesResolved", f => f.EmergenciesResolved);
        Figure("MedianResponse", f => f.MedianMinutesToResponse is { } m ? m : "—");
        Figure("MedianResolve", f => f.MedianMinutesToResolve is { } m ? m : "—");
        return lines;
    }

    /// <summary>The care figures as /console/care shows them (谈心 coverage, 家访, festivals, concerns).</summary>
    public static IReadOnlyList<ReportLine> Care(CareReport r)
    {
        var recorded = r.Teachers.Sum(t => t.TalksRecorded);
        var expected = r.Teachers.Sum(t => t.TalksExpected);
        return
        [
            new("TalksRecorded", ConsoleText.Get("ReportTalksRecorded"), [recorded]),
            new("TalksExpected", ConsoleText.Get("ReportTalksExpected"), [expected]),
            new("TalkCoverage", ConsoleText.Get("ReportTalkCoverage"), [expected == 0 ? 100 : (int)Math.Round(100.0 * Math.Min(recorded, expected) / expected)]),
            new("HomeVisits", ConsoleText.Get("CareHomeVisits"), [r.Teachers.Sum(t => t.HomeVisits)]),
            new("Festivals", ConsoleText.Get("CareFestivals"), [r.Teachers.Sum(t => t.Festivals)]),
            new("GapsRaised", ConsoleText.Get("ReportGapsRaised"), [r.GuardianGapsRaised]),
            new("GapsClosed", ConsoleText.Get("ReportGapsClosed"), [r.GuardianGapsClosed]),
            new("WellbeingRaised", ConsoleText.Get("ReportWellbeingRaised"), [r.WellbeingRaised]),
            new("WellbeingClosed", ConsoleText.Get("ReportWellbeingClosed"), [r.WellbeingClosed]),
            new("WithoutGuardian", ConsoleText.Get("CareWithoutGuardian"), [r.ChildrenWithoutGuardian]),
        ];
    }
}
