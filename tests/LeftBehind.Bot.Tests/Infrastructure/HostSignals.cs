using LeftBehind.Bot.Hosting;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Infrastructure;

/// <summary>Waits on what the host does, never on the clock: the turns it is running, the outbox rows it settles.</summary>
internal static class HostSignals
{
    /// <summary>Returns once every turn running now (the ones a Direct Line POST started) has finished.</summary>
    public static Task TurnsDoneAsync(IServiceProvider services) => services.GetRequiredService<InFlightTurns>().WhenIdleAsync();

    /// <summary>Returns once <paramref name="condition"/> holds, checking it again each time the outbox settles rows (proactive messages).</summary>
    public static async Task OutboxUntilAsync(IServiceProvider services, Func<Task<bool>> condition)
    {
        var outbox = services.GetRequiredService<OutboxSettled>();
        var changed = new SemaphoreSlim(0); // not disposed: a settlement already under way may still release it
        void OnSettled(IReadOnlyList<long> _) => changed.Release();
        outbox.Settled += OnSettled;
        try
        {
            // Only a guard against a hang: every wake-up comes from a settled row.
            using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!await condition()) await changed.WaitAsync(hang.Token);
        }
        finally
        {
            outbox.Settled -= OnSettled;
        }
    }
}
