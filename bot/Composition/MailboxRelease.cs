using LeftBehind.Dialogs.Conversations;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Composition;

/// <summary>When a person binds a chat, what waited in their mailbox (the outbox's held rows) goes out at once, in order.</summary>
internal sealed class MailboxRelease(IOutbox outbox) : IBindingListener
{
    public Task OnBoundAsync(int personId, CancellationToken cancellationToken) => outbox.ReleaseHeldAsync(personId, cancellationToken);
}
