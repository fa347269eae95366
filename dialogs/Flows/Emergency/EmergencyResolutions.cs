using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using Microsoft.Extensions.Logging;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// Closing an emergency from the staff console: the same rule as in the chat (the raiser, a teacher or the guardian on
/// it), and everyone else on it is told through the outbox with the chat's own text and send key, so a family hears
/// "已解除" exactly once whichever way it was closed.
/// </summary>
public sealed class EmergencyResolutions(IEmergencyService emergencies, IProactiveMessenger messenger, ILogger<EmergencyResolutions> log)
{
    public async Task<EmergencyResolution> ResolveAsync(Actor actor, int emergencyId, string note, CancellationToken cancellationToken = default)
    {
        var e = await emergencies.GetAsync(actor, emergencyId, cancellationToken).ConfigureAwait(false);
        if (e is null) return EmergencyResolution.NotFound;
        var result = await emergencies.ResolveAsync(actor, emergencyId, note, cancellationToken).ConfigureAwait(false);
        if (result != EmergencyResolution.Resolved) return result;
        log.LogWarning("Emergency {EmergencyId} resolved by person {PersonId} (staff {StaffId}) from the console", e.Id, actor.PersonId, actor.StaffId);
        foreach (var person in e.Parties.Where(p => p != actor.PersonId))
        {
            var resolver = actor.PersonId ?? 0;
            await messenger.SendAsync(person, FamilyNotifications.EmergencyResolved(person, e, resolver, note), cancellationToken).ConfigureAwait(false);
        }
        return result;
    }
}
