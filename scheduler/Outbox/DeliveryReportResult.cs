namespace LeftBehind.Scheduler.Outbox;

public sealed record DeliveryReportResult(DateOnly From, DateOnly To, IReadOnlyList<DeliveryDayRow> Days, IReadOnlyList<UnreachablePerson> Unreachable, decimal TotalCost);
