using System.Text.Json;
using System.Text.Json.Nodes;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Rights;

internal sealed class PersonRightsService(IDbContextFactory<ArchiveDbContext> dbs, SenderCache senders, TimeProvider time) : IPersonRights
{
    public const string Erased = "（已删除）";
    public const string RefusedAction = "consent.refused";
    public const string WithdrawnAction = "consent.withdrawn";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// The consent gate asks this on every turn of a parent or guardian. An agreement in force is kept for a few seconds
    /// (<see cref="SenderCache"/>); every change of a person's consent forgets it in every instance after its commit.
    /// </summary>
    public async Task<ConsentState> GetConsentAsync(int personId, CancellationToken cancellationToken = default)
    {
        if (senders.Consents.TryGet(personId, out var cached)) return cached;
        var generation = senders.Consents.Generation;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var state = await StateAsync(db, personId, cancellationToken);
        if (state.Given) senders.Consents.Set(personId, state, generation);
        return state;
    }

    public async Task<IReadOnlySet<int>> GetAwaitingConsentAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        if (personIds.Count == 0) return new HashSet<int>();
        var ids = personIds.Distinct().ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var open = new List<int>();
        await foreach (var id in WithoutConsent.For(db)(db, ids.ToArray()).WithCancellation(cancellationToken)) open.Add(id);
        if (open.Count == 0) return new HashSet<int>();
        // Withdrew (a consent row, none in force), refused (the audit), or bound and asked (a channel binding).
        var withdrew = await db.Consents.AsNoTracking().Where(c => open.Contains(c.PersonId)).Select(c => c.PersonId).Distinct().ToListAsync(cancellationToken);
        var refused = await db.Audit.AsNoTracking().Where(a => a.ActorPersonId != null && open.Contains(a.ActorPersonId.Value) && a.Action.StartsWith(RefusedAction))
            .Select(a => a.ActorPersonId!.Value).Distinct().ToListAsync(cancellationToken);
        var bound = await db.ChannelBindings.AsNoTracking().Where(b => open.Contains(b.PersonId)).Select(b => b.PersonId).Distinct().ToListAsync(cancellationToken);
        return withdrew.Concat(refused).Concat(bound).ToHashSet();
    }

    public async Task GiveConsentAsync(int personId, ConsentGiven consent, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        db.Consents.Add(new ConsentRecord { PersonId = personId, Purpose = consent.Purpose, TextVersion = consent.TextVersion, GivenAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);    await senders.ForgetConsentAsync(personId, CancellationToken.None);
    }

    public async Task RefuseConsentAsync(int personId, string textVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // The refusal is an answer, not an agreement: the audit keeps who, when and to which text.
        db.Audit.Add(new AuditEntry { At = time.GetUtcNow(), ActorRole = ActorRole.System, ActorPersonId = personId, Action = $"{RefusedAction}:{textVersion}", Allowed = true });
        await db.SaveChangesAsync(cancellationToken);    await senders.ForgetConsentAsync(personId, CancellationToken.None);
    }

    public async Task<bool> WithdrawConsentAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var withdrawn = await db.Consents.Where(c => c.PersonId == personId && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnAt, now), cancellationToken);
        if (withdrawn == 0) return false;
        db.Audit.Add(new AuditEntry { At = now, ActorRole = ActorRole.System, ActorPersonId = personId, Action = WithdrawnAction, Allowed = true });
        await db.SaveChangesAsync(cancellationToken);
        await senders.ForgetConsentAsync(personId, CancellationToken.None);
        return true;
    }

    public async Task<PersonDataSummary?> SummaryAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.ErasedAt == null, cancellationToken);
        if (person is null) return null;
        var channels = await db.ChannelBindings.AsNoTracking().Where(b => b.PersonId == personId).OrderBy(b => b.Id)
            .Select(b => new ChannelBindingSummary(b.ChannelId, b.BoundAt)).ToListAsync(cancellationToken);
        var children = await db.FamilyLinks.AsNoTracking().Where(f => f.PersonId == personId && f.Child!.ErasedAt == null).OrderBy(f => f.ChildId)
            .Select(f => new ChildDataSummary(
                f.ChildId, f.Child!.Name, f.Child.School!.Name, f.Child.Class!.Name,
                db.Attendance.Count(a => a.ChildId == f.ChildId),
                db.Notes.Count(n => n.ChildId == f.ChildId && n.Visibility == NoteVisibility.Parents),
                db.Letters.Count(l => l.ChildId == f.ChildId),
                db.Questions.Count(q => q.ChildId == f.ChildId && q.AskedById == personId),
                db.CallBookings.Count(b => b.ChildId == f.ChildId && b.ParentId == personId),
                db.LeaveRequests.Count(l => l.ChildId == f.ChildId)))
            .ToListAsync(cancellationToken);
        return new PersonDataSummary(person.Name, BindingService.RoleOf(person.Kind), person.Phone, person.Workplace, channels,
            await StateAsync(db, personId, cancellationToken), children);
    }

    public async Task<JsonObject?> ExportAsync(int personId, bool withChildren, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var person = await db.Persons.AsNoTracking().Include(p => p.Families).FirstOrDefaultAsync(p => p.Id == personId && p.ErasedAt == null, cancellationToken);
        if (person is null) return null;
        var childIds = withChildren ? person.Families.Select(f => f.ChildId).ToList() : [];
        var children = new List<object>();
        foreach (var childId in childIds)
        {
            var child = await db.Children.AsNoTracking().Include(c => c.School).Include(c => c.Class).FirstOrDefaultAsync(c => c.Id == childId && c.ErasedAt == null, cancellationToken);
            if (child is null) continue;
            children.Add(new
            {
                name = child.Name, school = child.School!.Name, className = child.Class?.Name, studentNumber = child.StudentNumber, birthDate = child.BirthDate,
                relation = person.Families.First(f => f.ChildId == childId).Role,
                attendance = await db.Attendance.AsNoTracking().Where(a => a.ChildId == childId).OrderBy(a => a.Date)
                    .Select(a => new { a.Date, a.Status, a.Reason }).ToListAsync(cancellationToken),
                notes = await db.Notes.AsNoTracking().Where(n => n.ChildId == childId && n.Visibility == NoteVisibility.Parents).OrderBy(n => n.Id)
                    .Select(n => new { n.Category, n.Text, n.CreatedAt }).ToListAsync(cancellationToken),
                letters = await db.Letters.AsNoTracking().Where(l => l.ChildId == childId).OrderBy(l => l.Id)
                    .Select(l => new { l.Direction, l.Text, written = l.CreatedAt, byMe = l.AuthorId == personId }).ToListAsync(cancellationToken),
                myQuestions = await db.Questions.AsNoTracking().Where(q => q.ChildId == childId && q.AskedById == personId).OrderBy(q => q.Id)
                    .Select(q => new { q.Text, q.Answer, q.CreatedAt, q.AnsweredAt }).ToListAsync(cancellationToken),
                myCallBookings = await db.CallBookings.AsNoTracking().Where(b => b.ChildId == childId && b.ParentId == personId).OrderBy(b => b.Id)
                    .Select(b => new { b.ScheduledAt, b.Status }).ToListAsync(cancellationToken),
                leaveRequests = await db.LeaveRequests.AsNoTracking().Where(l => l.ChildId == childId).OrderBy(l => l.Id)
                    .Select(l => new { l.From, l.To, l.Status, l.Reason }).ToListAsync(cancellationToken),
            });
        }
        var export = new
        {
            exportedAt = time.GetUtcNow(),
            person = new { name = person.Name, kind = person.Kind, phone = person.Phone, workplace = person.Workplace, createdAt = person.CreatedAt },
            // Which channel and when, not the channel's user id: that is how a device is recognised (issue #14).
            channels = await db.ChannelBindings.AsNoTracking().Where(b => b.PersonId == personId).Select(b => new { channel = b.ChannelId, b.BoundAt }).ToListAsync(cancellationToken),
            consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.Id)
                .Select(c => new { c.TextVersion, c.Purpose, c.GivenAt, c.WithdrawnAt }).ToListAsync(cancellationToken),
            preferences = await db.Preferences.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(cancellationToken),
            children,
        };
        return JsonSerializer.SerializeToNode(export, Json)!.AsObject();
    }

    public async Task<bool> ErasePersonAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == personId && p.ErasedAt == null, cancellationToken);
        if (person is null) return false;
        var now = time.GetUtcNow();
        var terms = new[] { person.Name, person.Phone }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // What they wrote goes; the rows stay so the school's counts (questions asked, letters sent) still add up.
            await db.Questions.Where(q => q.AskedById == personId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Text, "").SetProperty(q => q.Answer, (string?)null), cancellationToken);
            await db.Letters.Where(l => l.AuthorId == personId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Text, (string?)null).SetProperty(l => l.PhotoUrl, (string?)null), cancellationToken);
            await db.LeaveRequests.Where(l => l.RequestedById == personId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Reason, (string?)null), cancellationToken);
            await db.Emergencies.Where(e => e.RaisedById == personId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Text, ""), cancellationToken);
            await db.EmergencyEvents.Where(e => e.PersonId == personId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Text, (string?)null), cancellationToken);
            await db.FamilyLinks.Where(f => f.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.ChannelBindings.Where(b => b.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.Invites.Where(i => i.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.Preferences.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.ChannelPreferences.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.TipOptOuts.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.StaffAssignments.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            if (person.Phone is { Length: > 0 } phone)
            {
                // SMS and voice records keep their cost and status for the school's figures, not the number.
                await db.ChannelSends.Where(c => c.PersonId == personId || c.Phone == phone).ExecuteUpdateAsync(s => s.SetProperty(c => c.Phone, "").SetProperty(c => c.Error, (string?)null), cancellationToken);
                await db.PhoneOptOuts.Where(o => o.Phone == phone).ExecuteDeleteAsync(cancellationToken);
            }
            person.Name = Erased;
            person.Phone = null;
            person.Workplace = null;
            person.ErasedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            // Anything else that quotes them (a teacher's note "王建军打来电话", a care record) loses the quote.
            await ArchiveTextScrubber.ReplaceAsync(db, terms, Erased, cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        await senders.ForgetAllAsync(CancellationToken.None);
        return true;
    }

    /// <summary>The consent gate reads this on every turn of a parent or guardian: compiled once per provider (issue 16).</summary>
    // Every batch the outbox delivers asks this (issue 16): compiled. Most recipients agreed, or are teachers, and it ends here.
    private static readonly CompiledPerContext<Func<ArchiveDbContext, int[], IAsyncEnumerable<int>>> WithoutConsent = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int[] ids) => db.Persons.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.Kind != PersonKind.Teacher && p.ErasedAt == null && !db.Consents.Any(c => c.PersonId == p.Id && c.WithdrawnAt == null))
            .Select(p => p.Id)));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, IAsyncEnumerable<ConsentRecord>>> ConsentsOf = new(() =>
        EF.CompileAsyncQuery<ArchiveDbContext, int, ConsentRecord>((db, personId) => db.Consents.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.Id)));

    /// <summary>When the person refused the data notice: their own audit entries, found by the actor index.</summary>
    internal static IQueryable<DateTimeOffset> RefusalsOf(ArchiveDbContext db, int personId) =>
        db.Audit.AsNoTracking().Where(a => a.ActorPersonId == personId && a.Action.StartsWith(RefusedAction)).Select(a => a.At);

    private static async Task<ConsentState> StateAsync(ArchiveDbContext db, int personId, CancellationToken ct)
    {
        var records = new List<ConsentRecord>();
        await foreach (var r in ConsentsOf.For(db)(db, personId).WithCancellation(ct)) records.Add(r);
        var open = records.LastOrDefault(c => c.WithdrawnAt is null);
        // A later refusal than the agreement in force cannot happen in the chat (an agreed person is not asked again), so
        // the agreement in force answers alone: the consent gate asks this on every turn of a parent or guardian.
        if (open is not null) return new ConsentState(true, open.TextVersion, open.GivenAt, null, null);
        var refusals = await RefusalsOf(db, personId).ToListAsync(ct);
        var refusedAt = refusals.Count == 0 ? (DateTimeOffset?)null : refusals.Max();
        var withdrawnAt = records.Where(c => c.WithdrawnAt is not null).Select(c => c.WithdrawnAt).Max();
        return new ConsentState(false, records.LastOrDefault()?.TextVersion, null, withdrawnAt, refusedAt);
    }
}
