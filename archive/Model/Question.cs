namespace LeftBehind.Archive.Model;

/// <summary>A question escalated to a teacher, with the timestamps the escalation SLA reads.</summary>
internal sealed class Question
{
    /// <summary>The turn that filed it (<see cref="Services.TurnWrites"/>): a re-run of that turn finds this row instead of filing another.</summary>
    public string? RequestKey { get; set; }

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int AskedById { get; set; }
    public int? AssignedTeacherId { get; set; }
    public required string Text { get; set; }
    public bool Urgent { get; set; }
    public QuestionStatus Status { get; set; }
    public string? Answer { get; set; }
    public int? AnsweredById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? HandedOverAt { get; set; }
    /// <summary>0 none, 1 teacher reminded, 2 head teacher told (the scheduler's escalation-sla job).</summary>
    public int EscalationLevel { get; set; }
    /// <summary>Set once the answer has been delivered to the asker (proactively).</summary>
    public DateTimeOffset? AnswerDeliveredAt { get; set; }
}
