namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Which reading of a day named without its year or week ("29号", "周日", "正月初一") to take: the nearest one, the
/// next one (a call to book, a leave to report) or the last one (attendance already taken). Today always wins.
/// </summary>
public enum DatePreference
{
    Nearest,
    Future,
    Past,
}
