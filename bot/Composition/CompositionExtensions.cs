using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Composition;

/// <summary>
/// What one project consumes and another provides, joined here and only here: the kernel's state on the project's
/// database, and the flows' proactive sends, reminder replies and new bindings on the scheduler's durable outbox
/// (a binding releases the person's held mailbox) and reminders.
/// Each service is registered once; no project replaces another's registrations.
/// </summary>
internal static class CompositionExtensions
{
    public static IServiceCollection AddComposition(this IServiceCollection services)
    {
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<KernelOptions>>().Value.Storage == KernelStorageKind.Memory
            ? new MemoryStorage()
            : new DbStorage(sp.GetRequiredService<IDbConnectionFactory>()));
        services.AddSingleton<IProactiveMessenger, OutboxProactiveMessenger>();
        services.AddSingleton<IReminderReplySink, SchedulerReminderReplySink>();
        services.AddSingleton<IBindingListener, MailboxRelease>();
        return services;
    }
}
