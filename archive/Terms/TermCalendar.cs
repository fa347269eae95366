using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Terms;

internal sealed class TermCalendar(IOptions<ArchiveOptions> options) : ITermCalendar
{
    public SchoolTerm? TermOf(DateOnly day) => Terms(day).FirstOrDefault(t => t.Contains(day));

    public SchoolTerm? CurrentOrLast(DateOnly day) =>
        TermOf(day) ?? Terms(day).Where(t => t.End < day).OrderByDescending(t => t.End).FirstOrDefault();

    public bool InSession(DateOnly day) => TermOf(day)?.InSession(day) == true;

    private IEnumerable<SchoolTerm> Terms(DateOnly around) =>
        options.Value.Terms.Count > 0 ? options.Value.Terms : [.. Usual(around.Year - 1), .. Usual(around.Year)];

    /// <summary>The school year starting in September of <paramref name="year"/>, as most county 校历 have it.</summary>
    internal static IEnumerable<SchoolTerm> Usual(int year) =>
    [
        new()
        {
            Name = $"{year}-{year + 1}-1", Start = new DateOnly(year, 9, 1), End = new DateOnly(year + 1, 1, 20),
            Holidays = [new() { Name = "国庆", From = new DateOnly(year, 10, 1), To = new DateOnly(year, 10, 7) }],
        },
        new()
        {
            Name = $"{year}-{year + 1}-2", Start = new DateOnly(year + 1, 2, 20), End = new DateOnly(year + 1, 7, 10),
            Holidays = [new() { Name = "劳动节", From = new DateOnly(year + 1, 5, 1), To = new DateOnly(year + 1, 5, 5) }],
        },
    ];
}
