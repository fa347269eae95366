namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// A resolved date or time in the user's zone. <see cref="Value"/> is the point to use (a range's start);
/// <see cref="Start"/>/<see cref="End"/> bound ranges ("明天下午", "下个月"); <see cref="Timex"/> is TIMEX3-like.
/// </summary>
public sealed record DateTimeResolution(DateTimeOffset Value, DateTimeOffset? Start, DateTimeOffset? End, string Timex, bool HasTime);
