using LeftBehind.Archive.Data;
using LeftBehind.Archive.Data.HostTables;
using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Tips;

internal sealed class TipService(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time) : ITipService
{
    /// <summary>A word answer (有用 / 没用, 停) refers to a tip of the last week; a bare digit only to one of the last 3 days.</summary>
    private static readonly TimeSpan WordWindow = TimeSpan.FromDays(7);
    private static readonly TimeSpan DigitWindow = TimeSpan.FromDays(3);

    public async Task<IReadOnlyList<TipInfo>> ListAsync(TipAudience? audience = null, bool activeOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Tips.AsNoTracking();
        if (audience is { } a) query = query.Where(t => t.Audience == a);
        if (activeOnly) query = query.Where(t => t.Active);
        var tips = await query.OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var stats = await Stats(db, tips.Select(t => t.Id).ToList(), cancellationToken).ConfigureAwait(false);
        return tips.Select(t => Info(t, stats)).ToList();
    }

    public async Task<TipInfo?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var tip = await db.Tips.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        return tip is null ? null : Info(tip, await Stats(db, [id], cancellationToken).ConfigureAwait(false));
    }

    public async Task<TipInfo> CreateAsync(TipInput input, CancellationToken cancellationToken = default)
    {
        input = Trimmed(input);
        var errors = TipValidation.Check(input).ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (errors.Count == 0 && await db.Tips.AnyAsync(t => t.Code == input.Code, cancellationToken).ConfigureAwait(false)) errors.Add(new("code", "CodeTaken"));
        if (errors.Count > 0) throw new TipInputException(errors);
        var now = time.GetUtcNow();
        var tip = new Tip
        {
            Code = input.Code, Topic = input.Topic, Ages = input.Ages, TextZhCn = input.TextZhCn, TextZhTw = input.TextZhTw, TextEn = input.TextEn,
            Origin = "staff", CreatedAt = now,
        };
        Apply(tip, input, now);
        db.Tips.Add(tip);
        await SaveUniqueAsync(db, cancellationToken).ConfigureAwait(false);
        return Info(tip, new Dictionary<int, (int, int, int)>());
    }

    public async Task<TipInfo?> UpdateAsync(int id, TipInput input, CancellationToken cancellationToken = default)
    {
        input = Trimmed(input);
        var errors = TipValidation.Check(input).ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var tip = await db.Tips.FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        if (tip is null) return null;
        if (errors.Count == 0 && await db.Tips.AnyAsync(t => t.Code == input.Code && t.Id != id, cancellationToken).ConfigureAwait(false)) errors.Add(new("code", "CodeTaken"));
        if (errors.Count > 0) throw new TipInputException(errors);
        Apply(tip, input, time.GetUtcNow());
        await SaveUniqueAsync(db, cancellationToken).ConfigureAwait(false);
        return Info(tip, await Stats(db, [id], cancellationToken).ConfigureAwait(false));
    }

    public async Task<int> SeedAsync(IReadOnlyList<TipInput> library, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var known = (await db.Tips.Select(t => t.Code).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var input in library.Where(i => !known.Contains(i.Code)))
        {
            var tip = new Tip { Code = input.Code, Topic = input.Topic, Ages = input.Ages, TextZhCn = input.TextZhCn, TextZhTw = input.TextZhTw, TextEn = input.TextEn, Origin = "library", CreatedAt = now };
            Apply(tip, input, now);
            db.Tips.Add(tip);
            known.Add(input.Code);
            added++;
        }
        if (added > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another instance seeded the same codes at the same moment: its rows are the same library.
                return 0;
            }
        }
        return added;
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<TipSendInfo>>> GetSendsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<int, IReadOnlyList<TipSendInfo>>();
        if (personIds.Count == 0) return result;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in personIds.Distinct().Chunk(500))
        {
            var rows = await db.TipSends.AsNoTracking().Where(s => chunk.Contains(s.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var g in rows.GroupBy(r => r.PersonId))
                result[g.Key] = g.OrderBy(r => r.ChosenAt).ThenBy(r => r.Id).Select(Info).ToList();
        }
        return result;
    }

    public async Task RecordSendsAsync(IReadOnlyList<TipSendInfo> sends, CancellationToken cancellationToken = default)
    {
        if (sends.Count == 0) return;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var keys = sends.Select(s => s.OutboxKey).ToList();
        var stored = (await db.TipSends.Where(s => keys.Contains(s.OutboxKey)).Select(s => s.OutboxKey).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        foreach (var s in sends.Where(s => stored.Add(s.OutboxKey)))
            db.TipSends.Add(new TipSend { PersonId = s.PersonId, TipId = s.TipId, OutboxKey = s.OutboxKey, ChosenAt = s.ChosenAt });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, TipSendInfo>> GetSendsByKeyAsync(IReadOnlyCollection<string> outboxKeys, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, TipSendInfo>(StringComparer.Ordinal);
        if (outboxKeys.Count == 0) return result;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in outboxKeys.Distinct().Chunk(500))
        {
            foreach (var s in await db.TipSends.AsNoTracking().Where(s => chunk.Contains(s.OutboxKey)).ToListAsync(cancellationToken).ConfigureAwait(false))
                result[s.OutboxKey] = Info(s);
        }
        return result;
    }

    public async Task<OpenTip?> FindOpenTipAsync(int personId, bool digitOnly, CancellationToken cancellationToken = default)
    {
        var since = (time.GetUtcNow() - (digitOnly ? DigitWindow : WordWindow)).ToUnixTimeMilliseconds();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var latest = await (from s in db.TipSends.AsNoTracking()
                            join o in db.Set<OutboxRow>().AsNoTracking() on s.OutboxKey equals o.DedupKey
                            where s.PersonId == personId && o.Status == "sent" && o.SentAt >= since
                            orderby o.SentAt descending, o.Id descending
                            select new { s.OutboxKey, s.TipId, s.Feedback, SentAt = o.SentAt!.Value })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (latest is null || latest.Feedback is not null) return null;
        if (digitOnly)
        {
            // A reminder delivered after the tip asked its own 1/2/3 question: the digit is for it.
            var reminderAfter = await db.Set<OutboxRow>().AsNoTracking()
                .AnyAsync(o => o.RecipientId == personId && o.ExpectsReply == 1 && o.Status == "sent" && o.SentAt > latest.SentAt, cancellationToken).ConfigureAwait(false);
            if (reminderAfter) return null;
        }
        return new OpenTip(latest.OutboxKey, latest.TipId, DateTimeOffset.FromUnixTimeMilliseconds(latest.SentAt));
    }

    public async Task<bool> HadRecentTipAsync(int personId, CancellationToken cancellationToken = default)
    {
        var since = (time.GetUtcNow() - WordWindow).ToUnixTimeMilliseconds();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await (from s in db.TipSends
                      join o in db.Set<OutboxRow>() on s.OutboxKey equals o.DedupKey
                      where s.PersonId == personId && o.Status == "sent" && o.SentAt >= since
                      select s.Id).AnyAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RecordFeedbackAsync(int personId, string outboxKey, TipFeedback feedback, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var send = await db.TipSends.FirstOrDefaultAsync(s => s.PersonId == personId && s.OutboxKey == outboxKey, cancellationToken).ConfigureAwait(false);
        if (send is null) return false;
        send.Feedback = feedback;
        send.FeedbackAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> SetStoppedAsync(int personId, bool stopped, string keyword, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.TipOptOuts.FirstOrDefaultAsync(o => o.PersonId == personId, cancellationToken).ConfigureAwait(false);
        if (stopped == (row is not null)) return false;
        if (row is not null) db.TipOptOuts.Remove(row);
        else db.TipOptOuts.Add(new TipOptOut { PersonId = personId, StoppedAt = time.GetUtcNow(), Keyword = keyword.Length > 16 ? keyword[..16] : keyword });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // The same answer from a second device got there first.
            return false;
        }
        return true;
    }

    public async Task<bool> IsStoppedAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.TipOptOuts.AnyAsync(o => o.PersonId == personId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlySet<int>> GetStoppedAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var result = new HashSet<int>();
        if (personIds.Count == 0) return result;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in personIds.Distinct().Chunk(500))
            result.UnionWith(await db.TipOptOuts.Where(o => chunk.Contains(o.PersonId)).Select(o => o.PersonId).ToListAsync(cancellationToken).ConfigureAwait(false));
        return result;
    }

    public async Task<IReadOnlyDictionary<int, ChildStage>> GetChildStagesAsync(IReadOnlyCollection<int> childIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<int, ChildStage>();
        if (childIds.Count == 0) return result;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in childIds.Distinct().Chunk(500))
        {
            var rows = await db.Children.AsNoTracking().Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.BirthDate, ClassName = c.Class != null ? c.Class.Name : null }).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var r in rows) result[r.Id] = new ChildStage(r.Id, r.BirthDate, r.ClassName);
        }
        return result;
    }

    private static TipInput Trimmed(TipInput i) => i with
    {
        Code = i.Code?.Trim() ?? "", Topic = i.Topic?.Trim() ?? "", Ages = i.Ages?.Trim() ?? "", Months = i.Months?.Trim() ?? "",
        TextZhCn = i.TextZhCn?.Trim() ?? "", TextZhTw = i.TextZhTw?.Trim() ?? "", TextEn = i.TextEn?.Trim() ?? "",
    };

    private static void Apply(Tip tip, TipInput input, DateTimeOffset now)
    {
        tip.Code = input.Code;
        tip.Audience = input.Audience;
        tip.Topic = input.Topic;
        tip.Ages = input.Ages;
        tip.Months = input.Months ?? "";
        tip.TextZhCn = input.TextZhCn;
        tip.TextZhTw = input.TextZhTw;
        tip.TextEn = input.TextEn;
        tip.Active = input.Active;
        tip.UpdatedAt = now;
    }

    private static async Task SaveUniqueAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two staff saved the same new code at once: the second is told, nothing is overwritten.
            throw new TipInputException([new("code", "CodeTaken")]);
        }
    }

    private static async Task<Dictionary<int, (int Sent, int Useful, int NotUseful)>> Stats(ArchiveDbContext db, IReadOnlyList<int> tipIds, CancellationToken cancellationToken)
    {
        var rows = await db.TipSends.AsNoTracking().Where(s => tipIds.Contains(s.TipId))
            .GroupBy(s => s.TipId)
            .Select(g => new { g.Key, Sent = g.Count(), Useful = g.Count(s => s.Feedback == TipFeedback.Useful), NotUseful = g.Count(s => s.Feedback == TipFeedback.NotUseful) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => (r.Sent, r.Useful, r.NotUseful));
    }

    private static TipInfo Info(Tip t, IReadOnlyDictionary<int, (int Sent, int Useful, int NotUseful)> stats)
    {
        var s = stats.GetValueOrDefault(t.Id);
        return new TipInfo(t.Id, t.Code, t.Audience, t.Topic, t.Ages, t.Months, t.TextZhCn, t.TextZhTw, t.TextEn, t.Active, t.Origin, t.UpdatedAt, s.Sent, s.Useful, s.NotUseful);
    }

    private static TipSendInfo Info(TipSend s) => new(s.PersonId, s.TipId, s.OutboxKey, s.ChosenAt, s.Feedback);
}
