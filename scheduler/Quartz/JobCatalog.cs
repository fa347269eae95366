using Quartz;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>
/// The built-in schedules. Monthly and daily work missed during downtime is caught up once on start
/// (fire-and-proceed); frequent polling jobs just wait for their next fire (do-nothing), because the next
/// run a few minutes later reads the same due list anyway.
/// </summary>
internal static class JobCatalog
{
    public const string Group = "leftbehind";

    public static readonly IReadOnlyList<JobDefinition> All =
    [
        new(JobNames.MonthlyLetter, "0 0 19 1 * ?", CronTriggerMisfireInstruction.FireAndProceed, "两地书 prompts to parents, and to guardians/teachers to help the child reply"),
        new(JobNames.CallHome, "0 0/5 * * * ?", CronTriggerMisfireInstruction.DoNothing, "weekly call-home prompts and reminders before booked calls"),
        new(JobNames.WeeklyContactCheck, "0 0 10 * * ?", CronTriggerMisfireInstruction.FireAndProceed, "no contact in 7 days: nudge the parent; 14 days: tell the paired teacher"),
        new(JobNames.AbsenceAlert, "0 30 9-17 * * ?", CronTriggerMisfireInstruction.DoNothing, "absent without leave by the cutoff: guardian and parents, once a day"),
        new(JobNames.EscalationSla, "0 * * * * ?", CronTriggerMisfireInstruction.DoNothing, "unanswered questions: remind the teacher, then the head teacher"),
        new(JobNames.MonthlyDigest, "0 0 9 1 * ?", CronTriggerMisfireInstruction.FireAndProceed, "each parent's month: attendance, notes, letters, calls"),
        new(JobNames.GuardianCheck, "0 30 7 * * ?", CronTriggerMisfireInstruction.FireAndProceed, "children with no active guardian to their head teacher; parents past 24 hours asked again"),
        new(JobNames.WeeklyTalk, "0 0 15 ? * FRI", CronTriggerMisfireInstruction.FireAndProceed, "paired teachers with children still without this week's 谈心"),
        new(JobNames.HomeVisit, "0 0 16 ? * MON", CronTriggerMisfireInstruction.FireAndProceed, "家访: every other Monday of the term from week 3, head teachers with children not yet visited"),
        new(JobNames.TermNotice, "0 0 17 * * ?", CronTriggerMisfireInstruction.FireAndProceed, "学期通报 to guardians and parents on the term's last day (caught up within a week)"),
        new(JobNames.MeetingInvite, "0 0/10 * * * ?", CronTriggerMisfireInstruction.DoNothing, "座谈会 invitations to guardians and parents, with 参加 / 不参加"),
        new(JobNames.FiveOnes, "0 30 16 * * ?", CronTriggerMisfireInstruction.FireAndProceed, "五个一: in the month's third week, proxy parents told gently what is still missing this month"),
        new(JobNames.BindingExpiry, "0 15 3 * * ?", CronTriggerMisfireInstruction.FireAndProceed, "chat bindings paused by an unfollow deleted after Archive:SuspendedBindingRetentionDays (PIPL: kept no longer than needed)"),
        new(JobNames.Tips, "0 0 * * * ?", CronTriggerMisfireInstruction.DoNothing, "家长学校 / 家长课堂: two or three short tips a week to each guardian and parent"),
    ];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));
}
