using System.Text.Json;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Recipients;

/// <summary>Recipients and their channel bindings, read through the archive's recipient queries (chunked there, so a county-wide run stays cheap).</summary>
internal sealed class ArchiveRecipientDirectory(IRecipientQueries archive, ILogger<ArchiveRecipientDirectory> logger) : IRecipientDirectory
{
    public async Task<IReadOnlyDictionary<int, Recipient>> GetRecipientsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, Recipient>(personIds.Count);
        foreach (var p in await archive.GetProfilesAsync(personIds, cancellationToken).ConfigureAwait(false))
        {
            var role = p.Kind switch
            {
                PersonKind.Parent => RecipientRole.Parent,
                PersonKind.Guardian => RecipientRole.Guardian,
                _ => RecipientRole.Teacher,
            };
            QuietWindow? quiet = p.Preferences is { QuietStart: { } start, QuietEnd: { } end } ? new QuietWindow(start, end) : null;
            result[p.PersonId] = new Recipient(
                p.PersonId,
                role,
                p.Preferences?.Locale ?? "zh-CN",
                p.Preferences?.TimeZone ?? p.SchoolTimeZone,
                quiet,
                p.Preferences?.LowLiteracy ?? role == RecipientRole.Guardian);
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RecipientBinding>>> GetBindingsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, IReadOnlyList<RecipientBinding>>(personIds.Count);
        var rows = await archive.GetBindingsAsync(personIds, cancellationToken).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => r.PersonId))
        {
            var bindings = new List<RecipientBinding>();
            foreach (var b in group)
            {
                var reference = Parse(b.ConversationReferenceJson);
                if (reference is null)
                {
                    logger.LogWarning("Binding {Binding} of person {Person} has an unreadable conversation reference", b.Id, b.PersonId);
                    continue;
                }

                bindings.Add(new RecipientBinding(b.Id, b.PersonId, b.ChannelId, reference, b.UpdatedAt));
            }

            result[group.Key] = bindings.OrderByDescending(x => x.LastSeen).ToList();
        }

        return result;
    }

    private static ConversationReference? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationReference>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
