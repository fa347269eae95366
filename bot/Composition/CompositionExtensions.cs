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
/// database, and the flows' proactive sends and reminder replies on the scheduler's durable outbox and reminders.
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
        return services;
    }
}
