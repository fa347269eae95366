using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Open questions past their SLA: after N hours the assigned teacher is reminded, after M hours the class's head
/// teacher is told; an urgent question alerts both within minutes, on every channel and through quiet hours.
/// The question's escalation level is raised so the teacher's inbox can show it.
/// </summary>
internal sealed class EscalationSlaJob(IFamilyQueries families, IRecordQueries records, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options) : IScheduledJob
{
    public string Name => JobNames.EscalationSla;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var rules = options.Value.Rules;
        var now = context.NowUtc;
        var remindBefore = now.AddHours(-rules.QuestionReminderHours);
        var urgentBefore = now.AddMinutes(-rules.UrgentQuestionMinutes);

        var questions = await records.GetOverdueQuestionsAsync(remindBefore, urgentBefore, cancellationToken).ConfigureAwait(false);
        if (questions.Count == 0) return 0;

        var classOf = await families.GetClassesAsync(questions.Select(q => q.ChildId).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var heads = await families.GetHeadTeachersAsync(cancellationToken).ConfigureAwait(false);
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);

        var plan = new List<(OverdueQuestion Question, int Person, QuestionEscalation Step, int Amount)>();
        var levels = new Dictionary<int, int>();
        foreach (var q in questions)
        {
            var age = now - q.CreatedAt;
            var head = classOf.TryGetValue(q.ChildId, out var classId) ? heads.GetValueOrDefault(classId) : 0;
            var teacher = q.AssignedTeacherId ?? 0;
            if (q.Urgent)
            {
                foreach (var person in new[] { teacher, head }.Where(p => p > 0).Distinct())
                    plan.Add((q, person, QuestionEscalation.Urgent, (int)age.TotalMinutes));
                levels[q.Id] = 2;
                continue;
            }

            if (teacher > 0) plan.Add((q, teacher, QuestionEscalation.Remind, (int)age.TotalHours));
            levels[q.Id] = 1;
            if (age >= TimeSpan.FromHours(rules.QuestionHeadTeacherHours))
            {
                if (head > 0 && head != teacher) plan.Add((q, head, QuestionEscalation.Head, (int)age.TotalHours));
                levels[q.Id] = 2;
            }
        }

        plan.RemoveAll(p => !reachable.Contains(p.Person));
        var recipients = await directory.GetRecipientsAsync(plan.Select(p => p.Person).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = plan.Where(p => recipients.ContainsKey(p.Person))
            .Select(p => Delivery.Of(recipients[p.Person], Name, FamilyNotifications.QuestionOverdue(p.Question.Id, p.Step, p.Amount))).ToList();

        var written = await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
        await records.RaiseEscalationAsync(levels, cancellationToken).ConfigureAwait(false);
        return written;
    }
}
