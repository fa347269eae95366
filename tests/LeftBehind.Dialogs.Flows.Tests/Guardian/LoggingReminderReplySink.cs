using System.Collections.Concurrent;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Guardian;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// The conversation harness's reminder replies (the host composes the scheduler's): remembers, per process, the
/// reminders announced with <see cref="Remember"/> and the replies, and logs each reply (ids and the reply kind only).
/// </summary>
internal sealed class LoggingReminderReplySink(ILogger<LoggingReminderReplySink> log) : IReminderReplySink
{
    private readonly ConcurrentDictionary<int, string> _open = new();
    private readonly ConcurrentDictionary<(int PersonId, string Key), ReminderReply> _replies = new();

    /// <summary>A reminder was sent to the person and waits for a reply.</summary>
    public void Remember(int personId, string reminderKey) => _open[personId] = reminderKey;

    public ReminderReply? ReplyTo(int personId, string reminderKey) =>
        _replies.TryGetValue((personId, reminderKey), out var reply) ? reply : null;

    public Task<string?> LatestOpenAsync(int personId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_open.TryGetValue(personId, out var key) && !_replies.ContainsKey((personId, key)) ? key : null);

    public Task RecordAsync(int personId, string reminderKey, ReminderReply reply, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        _replies[(personId, reminderKey)] = reply;
        log.LogInformation("Reminder {ReminderKey} answered by person {PersonId}: {Reply} at {At}", reminderKey, personId, reply, at);
        return Task.CompletedTask;
    }
}
