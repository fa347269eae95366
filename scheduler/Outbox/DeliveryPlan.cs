using LeftBehind.Scheduler.Recipients;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>What the policy decided for one row: where to send it, or until when to hold it (and why), or nowhere.</summary>
internal sealed record DeliveryPlan(IReadOnlyList<RecipientBinding> Targets, DateTimeOffset? HoldUntil = null, string? Reason = null)
{
    public bool Unreachable => Targets.Count == 0 && HoldUntil is null;
}
