using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace LeftBehind.Dialogs.Understanding.Azure;

/// <summary>
/// Retries throttled (429), unavailable (5xx, 408) and timed-out attempts, waiting as long as the service asks
/// (retry-after-ms, x-ms-retry-after-ms, Retry-After in seconds or as a date) or else with exponential back-off.
/// Waits run on the injected <see cref="TimeProvider"/> so tests move time instead of sleeping; the caller's token
/// (the overall budget) bounds everything.
/// </summary>
internal sealed class RetryAfterPolicy(int maxRetries, TimeSpan baseDelay, TimeProvider time) : HttpPipelinePolicy
{
    private static readonly TimeSpan MaxServerDelay = TimeSpan.FromSeconds(30);

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        for (var attempt = 0; ; attempt++)
        {
            var failed = false;
            try
            {
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < maxRetries && IsTransient(ex, message))
            {
                failed = true;
            }

            if (!failed && (attempt >= maxRetries || !IsRetriable(message.Response.Status))) return;
            var delay = failed ? Backoff(attempt) : ServerDelay(message.Response) ?? Backoff(attempt);
            if (!failed) message.Response.ContentStream?.Dispose();
            await Task.Delay(delay, time, message.CancellationToken).ConfigureAwait(false);
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("the Azure Language client is asynchronous only");

    private static bool IsRetriable(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    private static bool IsTransient(Exception ex, HttpMessage message) => ex switch
    {
        // A per-try network timeout surfaces as a cancellation the caller did not ask for.
        OperationCanceledException => !message.CancellationToken.IsCancellationRequested,
        RequestFailedException or IOException => true,
        _ => false,
    };

    private TimeSpan Backoff(int attempt) => baseDelay * Math.Pow(2, attempt);

    private TimeSpan? ServerDelay(Response response)
    {
        if (TryMilliseconds(response, "retry-after-ms") is { } ms) return Cap(ms);
        if (TryMilliseconds(response, "x-ms-retry-after-ms") is { } xms) return Cap(xms);
        if (!response.Headers.TryGetValue("Retry-After", out var value) || value is null) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return Cap(TimeSpan.FromSeconds(seconds));
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            return Cap(when - time.GetUtcNow());
        return null;
    }

    private static TimeSpan? TryMilliseconds(Response response, string header) =>
        response.Headers.TryGetValue(header, out var value)
        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0
            ? TimeSpan.FromMilliseconds(ms)
            : null;

    private static TimeSpan Cap(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxServerDelay ? MaxServerDelay : delay;
}
