using LeftBehind.Dialogs.Conversations;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Integration;

/// <summary>When a person binds a chat, what waited in their mailbox becomes due at once and the dispatcher is woken.</summary>
internal sealed class MailboxRelease(OutboxStore store, OutboxSignal signal, TimeProvider time, ILogger<MailboxRelease> logger) : IBindingListener
{
    public async Task OnBoundAsync(int personId, CancellationToken cancellationToken)
    {
        var released = await store.ReleaseHeldAsync(personId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (released == 0) return;
        logger.LogInformation("Person {Person} bound a chat; {Count} held messages released", personId, released);
        signal.Notify();
    }
}
