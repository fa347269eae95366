using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Scheduler.Configuration;

/// <summary><c>Scheduler:Rules</c>: the thresholds that decide who is due.</summary>
public sealed class DueRulesOptions
{
    /// <summary>Local time after which an unexplained absence is reported.</summary>
    public TimeSpan AbsenceCutoff { get; set; } = new(9, 30, 0);

    /// <summary>An open question this old reminds its teacher (N hours).</summary>
    [Range(1, 24 * 14)]
    public int QuestionReminderHours { get; set; } = 24;

    /// <summary>An open question this old goes to the head teacher (M hours).</summary>
    [Range(1, 24 * 30)]
    public int QuestionHeadTeacherHours { get; set; } = 48;

    /// <summary>An urgent question this old alerts teacher and head teacher at once.</summary>
    [Range(1, 24 * 60)]
    public int UrgentQuestionMinutes { get; set; } = 10;

    /// <summary>Days without contact before the parent is nudged.</summary>
    [Range(1, 60)]
    public int ContactNudgeDays { get; set; } = 7;

    /// <summary>Days without contact before the paired teacher is told.</summary>
    [Range(1, 120)]
    public int ContactTeacherDays { get; set; } = 14;

    /// <summary>How long before a booked call both sides are reminded.</summary>
    public TimeSpan CallReminderLead { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Weekly call prompt when the family has no preference: this day and local time.</summary>
    public DayOfWeek DefaultCallDay { get; set; } = DayOfWeek.Sunday;

    public TimeSpan DefaultCallTime { get; set; } = new(19, 0, 0);

    /// <summary>A festival this many days ahead of a monthly letter prompt is mentioned in it.</summary>
    [Range(0, 62)]
    public int FestivalLookaheadDays { get; set; } = 31;
}
