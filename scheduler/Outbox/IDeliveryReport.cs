namespace LeftBehind.Scheduler.Outbox;

/// <summary>Delivery figures by channel and local day, with estimated cost, and the people no channel reaches.</summary>
public interface IDeliveryReport
{
    Task<DeliveryReportResult> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
