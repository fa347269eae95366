using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// For message turns that take longer than the delay, sends a typing indicator and repeats it every period until
/// the turn ends (Bot Builder: 500 ms, then every 2000 ms). Timers come from TimeProvider, so tests move the clock.
/// </summary>
internal sealed class ShowTypingMiddleware(TimeProvider time, IOptions<KernelOptions> options) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        var sender = new TypingSender(turnContext);
        var o = options.Value;
        using (var timer = time.CreateTimer(static s => ((TypingSender)s!).Fire(), sender, TimeSpan.FromMilliseconds(o.TypingDelayMs), TimeSpan.FromMilliseconds(o.TypingPeriodMs)))
        {
            try
            {
                await next(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                sender.Stop();
            }
        }
        await sender.DrainAsync().ConfigureAwait(false);
    }

    private sealed class TypingSender(ITurnContext turnContext)
    {
        private readonly Lock _gate = new();
        private Task _last = Task.CompletedTask;
        private bool _stopped;

        public void Fire()
        {
            lock (_gate)
            {
                if (_stopped) return;
                _last = _last.ContinueWith(_ => SendAsync(), TaskScheduler.Default).Unwrap();
            }
        }

        public void Stop()
        {
            lock (_gate) _stopped = true;
        }

        public Task DrainAsync()
        {
            lock (_gate) return _last;
        }

        private async Task SendAsync()
        {
            try
            {
                var typing = turnContext.Activity.GetConversationReference().ApplyTo(new Activity { Type = ActivityTypes.Typing });
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A lost typing indicator is cosmetic; the turn's real replies carry on.
            }
        }
    }
}
