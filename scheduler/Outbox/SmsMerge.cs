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
        IReadOnlyDictionary<int, PhoneFacts> phones, DeliveryPolicy policy, QuietHoursPolicy quietHours, DateTimeOffset now)
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

        foreach (var same in candidates.GroupBy(c => c.Target.Reference.User!.Id))
        {
            var list = same.OrderBy(c => c.Row.Id).ToList();
            if (list.Count < 2) continue;
            var text = string.Join("\n", list.Select(c => c.Message.Text));
            groups.Add(new SmsMergeGroup(list.Select(c => c.Row).ToList(), list[0].Target, new OutboxMessage(text)));
        }
        return groups;
    }
}
