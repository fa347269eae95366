namespace LeftBehind.Dialogs.Recognizers;

/// <summary>What a date-time resolution stands for (the datetimeV2 types of Microsoft.Recognizers.Text).</summary>
public enum DateTimeResolutionKind
{
    Date,
    DateTime,
    Time,
    DateRange,
    DateTimeRange,
    TimeRange,
    Duration,
    Set,
}
