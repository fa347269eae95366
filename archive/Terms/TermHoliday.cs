namespace LeftBehind.Archive.Terms;

/// <summary>A holiday inside a term (国庆, 劳动节…), first and last day inclusive.</summary>
public sealed class TermHoliday
{
    public string Name { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}
