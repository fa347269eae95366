using LeftBehind.Scheduler.Recipients;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Finds notices in one claimed batch that would each go to the same number as an SMS of their own: plain notices
/// (no numbered reply expected, not urgent, outside quiet hours, not yet partly delivered). Two or more become one SMS,
/// which costs one message against the number's daily cap instead of several.
/// </summary>
internal static class SmsMerge
{
    public static IReadOnlyList<SmsMergeGroup> Groups(
        IReadOnlyList<OutboxRow> rows, IReadOnlyDictionary<int, IReadOnlyList<RecipientBinding>> bindings,
        IReadOnlyDictionary<int, PhoneFacts> phones, DeliveryPolicy policy, QuietHoursPolicy quietHours, DateTimeOffset now, int maxRows)
    {
        var groups = new List<SmsMergeGroup>();
        if (!policy.MergeEnabled) return groups;
        var candidates = new List<(OutboxRow Row, RecipientBinding Target, OutboxMessage Message)>();
        foreach (var row in rows)
        {
            if (row.Urgent || row.Job == OutboxJobs.VoiceCall || row.DeliveredBindings.Count > 0) continue;
            if (quietHours.NextAllowed(row.QuietHours, row.QuietZone, now) > now) continue;
            var phone = phones.GetValueOrDefault(row.RecipientId);
            var plan = policy.Plan(row, bindings.GetValueOrDefault(row.RecipientId) ?? [], phone, now);
            if (plan.Targets is not [{ ChannelId: PhoneAddress.SmsChannel } target]) continue;
            OutboxMessage message;
            try
            {
                message = OutboxPayload.Deserialize(row.Payload);
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }
            if (message.Choices is { Count: > 0 }) continue;
            candidates.Add((row, target, message));
        }

        // Only notices next to each other in one person's order are merged: a prompt between them (it expects its own
        // 1/2/3 reply) keeps its place, so a mailbox released at once still arrives in the order it was written.
        var byId = candidates.ToDictionary(c => c.Row.Id);
        foreach (var person in rows.GroupBy(r => r.RecipientId))
        {
            var run = new List<(OutboxRow Row, RecipientBinding Target, OutboxMessage Message)>();
            foreach (var row in person.OrderBy(r => r.Id))
            {
                // At most maxRows in one SMS: each merged row takes a dispatch slot until its outcome is written.
                if (byId.TryGetValue(row.Id, out var c) && run.Count < maxRows && (run.Count == 0 || run[0].Target.Reference.User!.Id == c.Target.Reference.User!.Id))
                {
                    run.Add(c);
                    continue;
                }
                Close(run, groups);
                if (byId.TryGetValue(row.Id, out var next)) run.Add(next);
            }
            Close(run, groups);
        }
        return groups;
    }

    private static void Close(List<(OutboxRow Row, RecipientBinding Target, OutboxMessage Message)> run, List<SmsMergeGroup> groups)
    {
        if (run.Count >= 2) groups.Add(new SmsMergeGroup(run.Select(c => c.Row).ToList(), run[0].Target, new OutboxMessage(string.Join("\n", run.Select(c => c.Message.Text)))));
        run.Clear();
    }
}
