using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class QuestionService(IDbContextFactory<ArchiveDbContext> dbs, IDbConnectionFactory connections, AccessPolicy policy, TimeProvider time) : IQuestionService
{
    public async Task<QuestionInfo> AskAsync(Actor asker, int childId, string text, bool urgent = false, CancellationToken cancellationToken = default)
    {
        if (asker.PersonId is null) throw new ArchiveException(ArchiveError.Forbidden, "questions come from a person");
        if (string.IsNullOrWhiteSpace(text)) throw new ArchiveException(ArchiveError.Invalid, "empty question");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // The name and the teacher the question goes to, untracked (a parent's ask is a hot path, issue 16).
        var child = await policy.ReadAssignmentAsync(db, asker, childId, "question.ask", cancellationToken);
        if (child is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            throw ArchiveException.NotFound();
        }
        var key = TurnWrites.Next("question");
        // A re-run of the turn that filed it: the same question, not a second one.
        var q = key is null ? null : await ByRequestKey.For(db)(db, key, cancellationToken);
        if (q is null)
        {
            q = NewQuestion(asker.PersonId.Value, child.TeacherId, childId, text, urgent, key);
            q.Id = await InsertAsync(q, cancellationToken);
        }
        // An audit row the write-behind queue had no room for waits in the context.
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        var teacherName = q.AssignedTeacherId is { } teacherId
            ? await PersonName.For(db)(db, teacherId, cancellationToken)
            : null;
        return ToInfo(q, child.Name) with { AssignedTeacherName = teacherName };
    }

    /// <summary>
    /// The new question, by one prepared INSERT that is a piece of the process's write batches (on SQLite committed with
    /// the turn's state, not in a transaction of its own that meets the writer in SQLite's busy handler; issue 16).
    /// Values as EF Core maps them: the status by name; on SQLite times as UTC ticks.
    /// </summary>
    private Task<int> InsertAsync(Question q, CancellationToken cancellationToken)
    {
        var postgres = connections.Provider == StorageProvider.Postgres;
        object At(DateTimeOffset t) => postgres ? t.ToUniversalTime() : t.UtcTicks;
        return connections.WriteAsync(async (connection, tx, ct) =>
        {
            await using var cmd = connection.PreparedCommand(InsertSql, tx)
                .With("@key", q.RequestKey).With("@child", q.ChildId).With("@asker", q.AskedById).With("@teacher", q.AssignedTeacherId)
                .With("@text", q.Text).With("@urgent", q.Urgent).With("@status", q.Status.ToString())
                .With("@created", At(q.CreatedAt)).With("@assigned", At(q.AssignedAt)).With("@level", q.EscalationLevel);
            return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    private const string InsertSql = """
        INSERT INTO archive_questions ("RequestKey", "ChildId", "AskedById", "AssignedTeacherId", "Text", "Urgent", "Status", "CreatedAt", "AssignedAt", "EscalationLevel")
        VALUES (@key, @child, @asker, @teacher, @text, @urgent, @status, @created, @assigned, @level)
        RETURNING "Id"
        """;

    // Asking the teacher is a hot path of a parent's chat: its reads are compiled (issue 16).
    private static readonly CompiledPerContext<Func<ArchiveDbContext, string, CancellationToken, Task<Question?>>> ByRequestKey = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, string key, CancellationToken ct) => db.Questions.AsNoTracking().FirstOrDefault(x => x.RequestKey == key)));

    // A returning parent's welcome (WelcomeBackSummary) lists their questions per child on every new conversation.
    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, IAsyncEnumerable<Question>>> AskedBy = new(() =>
        EF.CompileAsyncQuery<ArchiveDbContext, int, int, Question>((db, childId, pid) => db.Questions.AsNoTracking()
            .Where(x => x.ChildId == childId && x.AskedById == pid).OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id)));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, CancellationToken, Task<string?>>> PersonName = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int id, CancellationToken ct) => db.Persons.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefault()));

    private Question NewQuestion(int askerId, int? teacherId, int childId, string text, bool urgent, string? key)
    {
        var now = time.GetUtcNow();
        return new Question
        {
            RequestKey = key,
            ChildId = childId,
            AskedById = askerId,
            AssignedTeacherId = teacherId,
            Text = text.Trim(),
            Urgent = urgent,
            Status = QuestionStatus.Open,
            CreatedAt = now,
            AssignedAt = now,
        };
    }

    public async Task<IReadOnlyList<QuestionInfo>> InboxAsync(Actor teacher, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var q = db.Questions.Where(x => x.Status == QuestionStatus.Open);
        if (teacher.Role == ActorRole.SchoolAdmin)
        {
            // The school's administrator sees every open question of the school (a teacher may be away).
            q = q.Where(x => x.Child!.SchoolId == teacher.SchoolId);
        }
        else if (teacher.Role != ActorRole.Admin)
        {
            if (teacher.Role != ActorRole.Teacher) return [];
            q = q.Where(x => x.AssignedTeacherId == teacher.PersonId);
        }
        // Who asked: a father and a mother ask differently, and the answer goes back to that one parent.
        var rows = await q.OrderByDescending(x => x.Urgent).ThenBy(x => x.CreatedAt).ThenBy(x => x.Id)
            .Select(x => new
            {
                x,
                x.Child!.Name,
                AskerName = db.Persons.Where(p => p.Id == x.AskedById).Select(p => p.Name).FirstOrDefault(),
                AskerRole = db.FamilyLinks.Where(f => f.ChildId == x.ChildId && f.PersonId == x.AskedById).Select(f => (FamilyRole?)f.Role).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        foreach (var r in rows) policy.Audit(db, teacher, "question.inbox", r.x.ChildId, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Select(r => ToInfo(r.x, r.Name) with { AskedByName = string.IsNullOrEmpty(r.AskerName) ? null : r.AskerName, AskedByRole = r.AskerRole }).ToList();
    }

    public async Task<QuestionInfo?> GetAsync(Actor actor, int questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var (q, name) = await LoadAsync(db, actor, questionId, "question.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return q is null ? null : ToInfo(q, name!);
    }

    public Task<QuestionInfo> AnswerAsync(Actor teacher, int questionId, string answer, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(answer)) throw new ArchiveException(ArchiveError.Invalid, "empty answer");
        return ChangeAsync(teacher, questionId, "question.answer", staffOnly: true, (q, _, now) =>
        {
            // A second answer (another teacher, or the same account on a second device) would replace the stored one
            // while the parent has the first and never gets this one: refused. The same answer again is a retried
            // turn or request: unchanged, so its send (one key per question) goes at most once.
            if (q.Status == QuestionStatus.Answered)
            {
                if (q.AnsweredById == teacher.PersonId && q.Answer == answer.Trim()) return Task.CompletedTask;
                throw new ArchiveException(ArchiveError.Invalid, "the question is already answered");
            }
            q.Answer = answer.Trim();
            q.AnsweredById = teacher.PersonId;
            q.AnsweredAt = now;
            q.Status = QuestionStatus.Answered;
            q.AnswerDeliveredAt = null;
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<QuestionInfo> HandOverAsync(Actor teacher, int questionId, CancellationToken cancellationToken = default) =>
        ChangeAsync(teacher, questionId, "question.handover", staffOnly: true, async (q, db, now) =>
        {
            var head = await db.Children.Where(c => c.Id == q.ChildId).Select(c => c.Class!.HeadTeacherId).FirstOrDefaultAsync(cancellationToken);
            if (head is null) throw new ArchiveException(ArchiveError.Invalid, "the class has no head teacher");
            // The head teacher handing over her own question: it stays with her, unchanged (callers say so).
            if (head == teacher.PersonId) return;
            q.AssignedTeacherId = head;
            q.AssignedAt = now;
            q.HandedOverAt = now;
            q.EscalationLevel = 0;
        }, cancellationToken);

    public Task<QuestionInfo> CloseAsync(Actor actor, int questionId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, questionId, "question.close", staffOnly: false, (q, _, now) =>
        {
            q.Status = QuestionStatus.Closed;
            q.ClosedAt = now;
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<AskerQuestions?> AskerSummaryAsync(Actor asker, int childId, DateTimeOffset answeredSince, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var childName = await policy.ReadNameAsync(db, asker, childId, "questions.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (childName is null) return null;
        if (asker.PersonId is not { } pid) return new AskerQuestions([], 0);
        var answered = new List<QuestionInfo>();
        await foreach (var x in AnsweredSince.For(db)(db, childId, pid, answeredSince, max).WithCancellation(cancellationToken)) answered.Add(ToInfo(x, childName));
        return new AskerQuestions(answered, await OpenCount.For(db)(db, childId, pid, answeredSince, cancellationToken));
    }

    // Every new conversation of a parent asks these per child (WelcomeBackSummary): a parent who has asked for years
    // should not have every question read to count the open ones (issue 16).
    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, DateTimeOffset, int, IAsyncEnumerable<Question>>> AnsweredSince = new(() =>
        EF.CompileAsyncQuery<ArchiveDbContext, int, int, DateTimeOffset, int, Question>((db, childId, pid, since, max) => db.Questions.AsNoTracking()
            .Where(x => x.ChildId == childId && x.AskedById == pid && x.Answer != null && x.AnsweredAt >= since)
            .OrderByDescending(x => x.AnsweredAt).ThenByDescending(x => x.Id).Take(max)));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, DateTimeOffset, CancellationToken, Task<int>>> OpenCount = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int childId, int pid, DateTimeOffset since, CancellationToken ct) => db.Questions
            .Count(x => x.ChildId == childId && x.AskedById == pid && x.Status == QuestionStatus.Open && !(x.Answer != null && x.AnsweredAt >= since))));

    public async Task<IReadOnlyList<QuestionInfo>?> ListForChildAsync(Actor actor, int childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // Only the name is used: the compiled name read, no tracked child with its class (issue 16).
        var childName = await policy.ReadNameAsync(db, actor, childId, "questions.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (childName is null) return null;
        // A parent sees the questions they asked, not the other parent's.
        if (AccessPolicy.IsFamily(actor) && actor.PersonId is { } pid)
        {
            var mine = new List<QuestionInfo>();
            await foreach (var x in AskedBy.For(db)(db, childId, pid).WithCancellation(cancellationToken)) mine.Add(ToInfo(x, childName));
            return mine;
        }
        // A family actor without a person has asked nothing.
        if (AccessPolicy.IsFamily(actor)) return [];
        var rows = await db.Questions.Where(x => x.ChildId == childId).OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id).ToListAsync(cancellationToken);
        return rows.Select(x => ToInfo(x, childName)).ToList();
    }

    private async Task<QuestionInfo> ChangeAsync(Actor actor, int questionId, string action, bool staffOnly, Func<Question, ArchiveDbContext, DateTimeOffset, Task> change, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (q, name) = await LoadAsync(db, actor, questionId, action, ct);
        if (q is null || (staffOnly && !AccessPolicy.IsStaff(actor)))
        {
            await db.SaveChangesAsync(ct);
            throw ArchiveException.NotFound();
        }
        if (q.Status == QuestionStatus.Closed) throw new ArchiveException(ArchiveError.QuestionClosed, "the question is closed");
        await change(q, db, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ToInfo(q, name!);
    }

    /// <summary>The asker, the assigned teacher or anyone who may see the child.</summary>
    private async Task<(Question? Question, string? ChildName)> LoadAsync(ArchiveDbContext db, Actor actor, int questionId, string action, CancellationToken ct)
    {
        var q = await db.Questions.FirstOrDefaultAsync(x => x.Id == questionId, ct);
        if (q is null)
        {
            policy.Audit(db, actor, action, null, false);
            return (null, null);
        }
        var child = await policy.ReadAsync(db, actor, q.ChildId, action, ct);
        var mine = actor.PersonId is not null && (q.AskedById == actor.PersonId || q.AssignedTeacherId == actor.PersonId);
        var allowed = actor.Role == ActorRole.Admin || (child is not null && (AccessPolicy.IsStaff(actor) || mine)) || (actor.Role == ActorRole.Teacher && mine);
        if (!allowed) return (null, null);
        var name = child?.Name ?? await db.Children.Where(c => c.Id == q.ChildId).Select(c => c.Name).FirstAsync(ct);
        return (q, name);
    }

    internal static QuestionInfo ToInfo(Question q, string childName) =>
        new(q.Id, q.ChildId, childName, q.AskedById, q.AssignedTeacherId, q.Text, q.Urgent, q.Status, q.Answer, q.AnsweredById, q.CreatedAt, q.AnsweredAt, q.ClosedAt);
}
