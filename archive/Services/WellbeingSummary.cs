namespace LeftBehind.Archive.Services;

/// <summary>The one-line wellbeing summary of a 学期通报, from the term's 谈心 (never the raw marks).</summary>
public enum WellbeingSummary
{
    NotRecorded,
    MostlyGood,
    Steady,
    CaredFor,
}
