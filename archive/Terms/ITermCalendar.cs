namespace LeftBehind.Archive.Terms;

/// <summary>
/// The 校历 the care jobs and the term reports go by: the configured terms (<c>Archive:Terms</c>), or when none is
/// configured the usual Chinese school year (autumn term 1 September to 20 January with 国庆 1–7 October off, spring
/// term 20 February to 10 July with 劳动节 1–5 May off).
/// </summary>
public interface ITermCalendar
{
    /// <summary>The term <paramref name="day"/> falls in (holidays inside it included), or null in the vacations.</summary>
    SchoolTerm? TermOf(DateOnly day);

    /// <summary>The term <paramref name="day"/> falls in, else the last one that ended before it.</summary>
    SchoolTerm? CurrentOrLast(DateOnly day);

    /// <summary>A school day: in a term, not in its holidays, not a weekend.</summary>
    bool InSession(DateOnly day);
}
