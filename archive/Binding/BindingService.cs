using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Binding;

internal sealed class BindingService(IDbContextFactory<ArchiveDbContext> dbs, IDbConnectionFactory connections, TimeProvider time, IOptions<ArchiveOptions> options, SenderCache cache, ILogger<BindingService> logger) : IBindingService
{
    /// <summary>The audit action of a burst of wrong invite codes (shown to the school's administrator in the console).</summary>
    public const string BurstAction = "invite.failure-burst";

    public async Task<RedeemResult> RedeemAsync(string code, string channelId, string channelUserId, string conversationReferenceJson, string throttleKey, ConsentGiven? consent = null, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var windowStart = now.AddMinutes(-o.InviteThrottleWindowMinutes);
        string[] keys = [$"k:{throttleKey}", $"u:{channelId}:{channelUserId}"];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);

        // Attempts are kept a day: the global budget counts them (one "k:" row per failure). Older ones are deleted when
        // a failure is recorded, the only time rows are added: a successful binding writes nothing here (issue 16).
        var dayStart = now.AddDays(-1);
        var globalFailures = await db.InviteAttempts.Where(a => a.ThrottleKey.StartsWith("k:") && a.At >= dayStart).CountAsync(cancellationToken);
        if (globalFailures >= o.InviteDailyFailureBudget)
        {
            var oldest = await db.InviteAttempts.Where(a => a.ThrottleKey.StartsWith("k:") && a.At >= dayStart).MinAsync(a => a.At, cancellationToken);
            return new RedeemResult(RedeemOutcome.Throttled, RetryAfter: oldest.AddDays(1));
        }
        var failures = await db.InviteAttempts.Where(a => keys.Contains(a.ThrottleKey) && a.At >= windowStart)
            .GroupBy(a => a.ThrottleKey)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(a => a.At) })
            .ToListAsync(cancellationToken);
        var blocked = failures.Where(f => f.Count >= o.InviteMaxFailedAttempts).ToList();
        if (blocked.Count > 0)
        {
            return new RedeemResult(RedeemOutcome.Throttled, RetryAfter: blocked.Max(b => b.Oldest).AddMinutes(o.InviteThrottleWindowMinutes));
        }

        var normalized = InviteCodes.Normalize(code);
        var invite = await db.Invites.Include(i => i.Person).FirstOrDefaultAsync(i => i.Code == normalized, cancellationToken);
        var outcome = invite switch
        {
            null => RedeemOutcome.WrongCode,
            { UsedAt: not null } => RedeemOutcome.AlreadyUsed,
            // A revoked or reissued code no longer binds and counts as a failed attempt like any wrong code; the person
            // holding an old slip is told it was replaced, not to re-check letters that are right as printed.
            { RevokedAt: not null } => RedeemOutcome.Replaced,
            _ when invite.ExpiresAt <= now => RedeemOutcome.Expired,
            { Person.ErasedAt: not null } => RedeemOutcome.WrongCode,
            _ => RedeemOutcome.Bound,
        };
        if (outcome != RedeemOutcome.Bound)
        {
            await db.InviteAttempts.Where(a => a.At < (windowStart < dayStart ? windowStart : dayStart)).ExecuteDeleteAsync(cancellationToken);
            foreach (var key in keys) db.InviteAttempts.Add(new InviteAttempt { ThrottleKey = key, At = now });
            await db.SaveChangesAsync(cancellationToken);
            var tell = await ReportBurstAsync(db, now, cancellationToken);
            return new RedeemResult(outcome, BurstRecipients: tell) { StaffCode = invite?.Person?.Kind == PersonKind.Teacher };
        }

        // Read before the transaction, which holds SQLite's one writer: two first bindings at once are handled below.
        var firstBinding = !await db.Preferences.AnyAsync(p => p.PersonId == invite!.Person!.Id, cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        // Single use even when two conversations redeem the same code at once: only one conditional update wins.
        var claimed = await db.Invites.Where(i => i.Id == invite!.Id && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), cancellationToken);
        if (claimed == 0) return new RedeemResult(RedeemOutcome.AlreadyUsed) { StaffCode = invite!.Person?.Kind == PersonKind.Teacher };

        var person = invite!.Person!;
        var binding = await db.ChannelBindings.FirstOrDefaultAsync(b => b.ChannelId == channelId && b.ChannelUserId == channelUserId, cancellationToken);
        if (binding is null)
        {
            binding = new ChannelBinding { ChannelId = channelId, ChannelUserId = channelUserId, ConversationReferenceJson = conversationReferenceJson };
            db.ChannelBindings.Add(binding);
        }
        binding.PersonId = person.Id;
        binding.Role = invite.Role;
        binding.ConversationReferenceJson = conversationReferenceJson;
        binding.BoundAt = now;
        binding.UpdatedAt = now;
        binding.SuspendedAt = null;
        if (!ReferenceEquals(consent, ConsentGiven.AskedSeparately))
        {
            db.Consents.Add(new ConsentRecord
            {
                PersonId = person.Id,
                Purpose = consent?.Purpose ?? o.ConsentPurpose,
                TextVersion = consent?.TextVersion ?? o.ConsentTextVersion,
                GivenAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        if (firstBinding) await AddDefaultPreferencesAsync(db, tx, person, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        await cache.ForgetBindingAsync(channelId, channelUserId, CancellationToken.None);
        await cache.ForgetPreferencesAsync(person.Id, CancellationToken.None);
        await cache.ForgetConsentAsync(person.Id, CancellationToken.None);
        return new RedeemResult(RedeemOutcome.Bound, ToBound(person));
    }

    /// <summary>
    /// A person's first binding gives them the default preferences. Two of their codes redeemed at the same moment (a
    /// father with a code for each child, on two phones) both see none and both add them: the second insert fails on the
    /// key, is undone alone (a savepoint, so the binding stands), and the defaults the first one wrote are kept.
    /// </summary>
    private static async Task AddDefaultPreferencesAsync(ArchiveDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, Person person, CancellationToken cancellationToken)
    {
        const string Savepoint = "preferences";
        await tx.CreateSavepointAsync(Savepoint, cancellationToken);
        var defaults = PreferenceService.Defaults(person.Id, person.Kind);
        db.Preferences.Add(defaults);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackToSavepointAsync(Savepoint, cancellationToken);
            db.Entry(defaults).State = EntityState.Detached;
            if (!await db.Preferences.AnyAsync(p => p.PersonId == person.Id, cancellationToken)) throw;
        }
    }

    public async Task<BoundPerson?> FindAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default)
    {
        var key = (channelId, channelUserId);
        if (cache.Bindings.TryGet(key, out var cached)) return cached;
        var generation = cache.Bindings.Generation;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var bound = await FindBound.For(db)(db, channelId, channelUserId, cancellationToken);
        // Unbound senders are not remembered: binding is the one change that must show on the very next turn.
        if (bound is not null) cache.Bindings.Set(key, bound, generation);
        return bound;
    }

    public async Task<IReadOnlyList<ChannelAddress>> GetAddressesAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.ChannelBindings.Where(b => b.PersonId == personId && b.SuspendedAt == null)
            .OrderBy(b => b.Id)
            .Select(b => new ChannelAddress(b.PersonId, b.ChannelId, b.ChannelUserId, b.ConversationReferenceJson, b.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> HasLeftChatAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // One read: the person's bindings are all suspended (and there is at least one).
        var suspended = await db.ChannelBindings.AsNoTracking().Where(b => b.PersonId == personId)
            .Select(b => b.SuspendedAt != null).Distinct().ToListAsync(cancellationToken);
        return suspended is [true];
    }

    public async Task UpdateConversationReferenceAsync(string channelId, string channelUserId, string conversationReferenceJson, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        // Every new conversation of a bound person writes this: one prepared statement in the turns' group commit (SQLite)
        // rather than an EF Core update of its own that waits for the writer (issue 16). Times as EF Core maps them.
        var at = connections.Provider == StorageProvider.Postgres ? (object)now.ToUniversalTime() : now.UtcTicks;
        await connections.WriteAsync(async (connection, tx, ct) =>
        {
            await using var cmd = connection.PreparedCommand(UpdateReferenceSql, tx)
                .With("@json", conversationReferenceJson).With("@at", at).With("@channel", channelId).With("@user", channelUserId);
            return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private const string UpdateReferenceSql = """
        UPDATE archive_channel_bindings SET "ConversationReferenceJson" = @json, "UpdatedAt" = @at
        WHERE "ChannelId" = @channel AND "ChannelUserId" = @user
        """;

    public async Task<bool> UnbindAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var removed = await db.ChannelBindings.Where(b => b.ChannelId == channelId && b.ChannelUserId == channelUserId).ExecuteDeleteAsync(cancellationToken) > 0;
        await cache.ForgetBindingAsync(channelId, channelUserId, CancellationToken.None);
        return removed;
    }

    public async Task<int?> SuspendAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var person = await db.ChannelBindings.AsNoTracking().Where(b => b.ChannelId == channelId && b.ChannelUserId == channelUserId && b.SuspendedAt == null)
            .Select(b => (int?)b.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (person is null) return null;
        var changed = await db.ChannelBindings.Where(b => b.ChannelId == channelId && b.ChannelUserId == channelUserId && b.SuspendedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SuspendedAt, now).SetProperty(b => b.UpdatedAt, now), cancellationToken);
        await cache.ForgetBindingAsync(channelId, channelUserId, CancellationToken.None);
        return changed > 0 ? person : null;
    }

    public async Task<int> DeleteExpiredSuspensionsAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.SuspendedBindingRetentionDays);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var expired = await db.ChannelBindings.AsNoTracking().Where(b => b.SuspendedAt != null && b.SuspendedAt < cutoff)
            .Select(b => new { b.Id, b.ChannelId, b.ChannelUserId }).ToListAsync(cancellationToken);
        if (expired.Count == 0) return 0;
        var ids = expired.Select(b => b.Id).ToList();
        // Only what is still paused: a binding resumed since the read above stays.
        var removed = await db.ChannelBindings.Where(b => ids.Contains(b.Id) && b.SuspendedAt != null && b.SuspendedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        foreach (var b in expired) await cache.ForgetBindingAsync(b.ChannelId, b.ChannelUserId, CancellationToken.None);
        logger.LogInformation("{Count} chat bindings paused for more than {Days} days deleted", removed, options.Value.SuspendedBindingRetentionDays);
        return removed;
    }

    public async Task<int?> ResumeAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // Only the very address that was suspended, and only for a person not erased meanwhile: nobody else gets in without a code.
        var person = await db.ChannelBindings.AsNoTracking()
            .Where(b => b.ChannelId == channelId && b.ChannelUserId == channelUserId && b.SuspendedAt != null && b.Person!.ErasedAt == null)
            .Select(b => (int?)b.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (person is null) return null;
        var changed = await db.ChannelBindings.Where(b => b.ChannelId == channelId && b.ChannelUserId == channelUserId && b.SuspendedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SuspendedAt, (DateTimeOffset?)null).SetProperty(b => b.UpdatedAt, now), cancellationToken);
        await cache.ForgetBindingAsync(channelId, channelUserId, CancellationToken.None);
        return changed > 0 ? person : null;
    }

    /// <summary>
    /// The sender lookup runs on every turn, and for a sender who has not bound yet it always reaches the database.
    /// Compiled once (per provider's context type), it skips EF Core's per-call query cache lookup and parameter
    /// extraction, which the turn profile showed as the largest single cost of such a turn (issue 16).
    /// </summary>
    private static readonly CompiledPerContext<Func<ArchiveDbContext, string, string, CancellationToken, Task<BoundPerson?>>> FindBound = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, string channelId, string channelUserId, CancellationToken ct) => db.ChannelBindings.AsNoTracking()
            .Where(b => b.ChannelId == channelId && b.ChannelUserId == channelUserId && b.SuspendedAt == null && b.Person!.ErasedAt == null)
            .Select(b => new BoundPerson(b.Person!.Id, b.Person.Name, RoleOf(b.Person.Kind), b.Person.SchoolId))
            .FirstOrDefault()));

    internal static BoundPerson ToBound(Person p) => new(p.Id, p.Name, RoleOf(p.Kind), p.SchoolId);

    internal static ActorRole RoleOf(PersonKind kind) => kind switch
    {
        PersonKind.Parent => ActorRole.Parent,
        PersonKind.Guardian => ActorRole.Guardian,
        _ => ActorRole.Teacher,
    };

    /// <summary>
    /// Someone is guessing: the moment the last hour's failures reach the burst mark, operators hear of it (log, audit)
    /// and the result names the staff to tell: the head teachers of the classes whose families hold live codes (their
    /// parents may be refused until the day's budget recovers, and it is their codes that are being guessed).
    /// </summary>
    private async Task<IReadOnlyList<int>?> ReportBurstAsync(ArchiveDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var hour = now.AddHours(-1);
        var lastHour = await db.InviteAttempts.Where(a => a.ThrottleKey.StartsWith("k:") && a.At >= hour).CountAsync(ct);
        if (lastHour != options.Value.InviteFailureBurstPerHour) return null;
        logger.LogWarning("Invite code guessing: {Count} wrong codes in the last hour (daily budget {Budget})", lastHour, options.Value.InviteDailyFailureBudget);
        db.Audit.Add(new AuditEntry { At = now, ActorRole = ActorRole.System, Action = BurstAction, Allowed = false });
        await db.SaveChangesAsync(ct);
        return await db.Invites.AsNoTracking()
            .Where(i => i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now && i.ChildId != null)
            .Join(db.Children, i => i.ChildId, c => c.Id, (i, c) => c.Class!.HeadTeacherId)
            .Where(id => id != null)
            .Select(id => id!.Value)
            .Distinct()
            .Where(id => db.Persons.Any(p => p.Id == id && p.ErasedAt == null))
            .OrderBy(id => id)
            .ToListAsync(ct);
    }
}
