namespace LeftBehind.Scheduler.Quartz;

/// <summary>The job names are part of the contract (configuration keys, admin API, outbox keys).</summary>
public static class JobNames
{
    public const string MonthlyLetter = "monthly-letter";
    public const string CallHome = "call-home";
    public const string WeeklyContactCheck = "weekly-contact-check";
    public const string AbsenceAlert = "absence-alert";
    public const string EscalationSla = "escalation-sla";
    public const string MonthlyDigest = "monthly-digest";
    public const string GuardianCheck = "guardian-check";
    public const string WeeklyTalk = "weekly-talk";
    public const string Tips = "tips";
    public const string HomeVisit = "home-visit";
    public const string TermNotice = "term-notice";
    public const string MeetingInvite = "meeting-invite";
    public const string FiveOnes = "five-ones";
    public const string BindingExpiry = "binding-expiry";
}
