using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data.HostTables;

/// <summary>
/// The tables of the kernel (<c>kernel_state</c>), the scheduler (<c>sched_*</c>) and the host (<c>directline_*</c>,
/// <c>bot_trusted_service_urls</c>). The archive's migrations own their schema; their owners keep reading and writing
/// them with hand-written SQL on the hot path, so the names, types and keys here are exactly what that SQL (and the
/// DDL those areas ran before the migrations took over) uses: lower-case names, Unix-millisecond times.
/// </summary>
internal static class HostTablesModel
{
    public static void Configure(ModelBuilder b, bool postgres)
    {
        var t = new ColumnTypes(postgres);
        b.Entity<KernelStateRow>(e =>
        {
            e.ToTable("kernel_state");
            e.HasKey(x => x.Key).HasName("kernel_state_pkey");
            e.Property(x => x.Key).HasColumnName("key").HasColumnType(t.Text);
            e.Property(x => x.ETag).HasColumnName("etag").HasColumnType(t.Text);
            e.Property(x => x.Data).HasColumnName("data").HasColumnType(t.Text);
        });
        b.Entity<OutboxRow>(e =>
        {
            e.ToTable("sched_outbox");
            e.HasKey(x => x.Id).HasName("sched_outbox_pkey");
            var id = e.Property(x => x.Id).HasColumnName("id").HasColumnType(postgres ? "bigint" : "INTEGER").ValueGeneratedOnAdd();
            if (postgres) id.UseIdentityByDefaultColumn();
            e.HasAlternateKey(x => x.DedupKey).HasName("ux_sched_outbox_key");
            e.Property(x => x.DedupKey).HasColumnName("dedup_key").HasColumnType(t.Text);
            e.Property(x => x.RecipientId).HasColumnName("recipient_id").HasColumnType(t.Integer);
            e.Property(x => x.Job).HasColumnName("job").HasColumnType(t.Text);
            e.Property(x => x.Period).HasColumnName("period").HasColumnType(t.Text);
            e.Property(x => x.Payload).HasColumnName("payload").HasColumnType(t.Text);
            e.Property(x => x.Urgent).HasColumnName("urgent").HasColumnType(t.Integer);
            e.Property(x => x.ExpectsReply).HasColumnName("expects_reply").HasColumnType(t.Integer);
            e.Property(x => x.Status).HasColumnName("status").HasColumnType(t.Text);
            e.Property(x => x.Attempts).HasColumnName("attempts").HasColumnType(t.Integer);
            e.Property(x => x.NotBefore).HasColumnName("not_before").HasColumnType(t.BigInt);
            e.Property(x => x.QuietHours).HasColumnName("quiet_hours").HasColumnType(t.Text);
            e.Property(x => x.QuietZone).HasColumnName("quiet_zone").HasColumnType(t.Text);
            e.Property(x => x.Locale).HasColumnName("locale").HasColumnType(t.Text);
            e.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasColumnType(t.Text);
            e.Property(x => x.LeaseUntil).HasColumnName("lease_until").HasColumnType(t.BigInt);
            e.Property(x => x.CreatedAt).HasColumnName("created_at").HasColumnType(t.BigInt);
            e.Property(x => x.SentAt).HasColumnName("sent_at").HasColumnType(t.BigInt);
            e.Property(x => x.DeliveredBindings).HasColumnName("delivered_bindings").HasColumnType(t.Text);
            e.Property(x => x.LastError).HasColumnName("last_error").HasColumnType(t.Text);
            e.HasIndex(x => new { x.NotBefore, x.Id }).HasDatabaseName("ix_sched_outbox_due").HasFilter("status IN ('pending', 'failed')");
            e.HasIndex(x => new { x.Status, x.Id }).HasDatabaseName("ix_sched_outbox_status");
            e.HasIndex(x => new { x.RecipientId, x.SentAt }).HasDatabaseName("ix_sched_outbox_recipient");
        });
        b.Entity<JobRunRow>(e =>
        {
            e.ToTable("sched_job_runs");
            e.HasKey(x => x.Job).HasName("sched_job_runs_pkey");
            e.Property(x => x.Job).HasColumnName("job").HasColumnType(t.Text);
            e.Property(x => x.Runs).HasColumnName("runs").HasColumnType(t.BigInt);
            e.Property(x => x.LastStarted).HasColumnName("last_started").HasColumnType(t.BigInt);
            e.Property(x => x.LastFinished).HasColumnName("last_finished").HasColumnType(t.BigInt);
            e.Property(x => x.LastEnqueued).HasColumnName("last_enqueued").HasColumnType(t.Integer);
            e.Property(x => x.LastError).HasColumnName("last_error").HasColumnType(t.Text);
        });
        b.Entity<ReminderReplyRow>(e =>
        {
            e.ToTable("sched_reminder_replies");
            e.HasKey(x => new { x.PersonId, x.OutboxKey }).HasName("pk_sched_reminder_replies");
            e.Property(x => x.PersonId).HasColumnName("person_id").HasColumnType(t.Integer);
            e.Property(x => x.OutboxKey).HasColumnName("outbox_key").HasColumnType(t.Text);
            e.Property(x => x.Job).HasColumnName("job").HasColumnType(t.Text);
            e.Property(x => x.Reply).HasColumnName("reply").HasColumnType(t.Text);
            e.Property(x => x.RepliedAt).HasColumnName("replied_at").HasColumnType(t.BigInt);
            e.Property(x => x.Month).HasColumnName("month").HasColumnType(t.Text);
            e.HasIndex(x => new { x.Month, x.PersonId }).HasDatabaseName("ix_sched_reminder_replies_month");
        });
        b.Entity<JobFireRow>(e =>
        {
            e.ToTable("sched_job_fires");
            e.HasNoKey();
            e.Property(x => x.Job).HasColumnName("job").HasColumnType(t.Text);
            e.Property(x => x.ScheduledAt).HasColumnName("scheduled_at").HasColumnType(t.BigInt);
            e.Property(x => x.FiredAt).HasColumnName("fired_at").HasColumnType(t.BigInt);
            e.Property(x => x.FireInstance).HasColumnName("fire_instance").HasColumnType(t.Text);
            e.Property(x => x.Node).HasColumnName("node").HasColumnType(t.Text);
            e.HasIndex(x => new { x.Job, x.FiredAt }).HasDatabaseName("ix_sched_job_fires_job");
        });
        b.Entity<DirectLineConversationRow>(e =>
        {
            e.ToTable("directline_conversations");
            e.HasKey(x => x.Id).HasName("directline_conversations_pkey");
            e.Property(x => x.Id).HasColumnName("id").HasColumnType(t.VarChar(64));
            e.Property(x => x.UserId).HasColumnName("user_id").HasColumnType(t.VarChar(256));
            e.Property(x => x.CreatedAt).HasColumnName("created_at").HasColumnType(t.BigInt);
            e.Property(x => x.LastSeq).HasColumnName("last_seq").HasColumnType(t.BigInt).HasDefaultValue(0L);
        });
        b.Entity<DirectLineActivityRow>(e =>
        {
            e.ToTable("directline_activities");
            e.HasKey(x => new { x.ConversationId, x.Seq }).HasName("directline_activities_pkey");
            e.Property(x => x.ConversationId).HasColumnName("conversation_id").HasColumnType(t.VarChar(64));
            e.Property(x => x.Seq).HasColumnName("seq").HasColumnType(t.BigInt);
            e.Property(x => x.Activity).HasColumnName("activity").HasColumnType(t.Text);
            e.Property(x => x.CreatedAt).HasColumnName("created_at").HasColumnType(t.BigInt);
        });
        b.Entity<DirectLineOutboxKeyRow>(e =>
        {
            e.ToTable("directline_outbox_keys");
            e.HasKey(x => new { x.ConversationId, x.OutboxKey }).HasName("directline_outbox_keys_pkey");
            e.Property(x => x.ConversationId).HasColumnName("conversation_id").HasColumnType(t.VarChar(64));
            e.Property(x => x.OutboxKey).HasColumnName("outbox_key").HasColumnType(t.Text);
            e.Property(x => x.Seq).HasColumnName("seq").HasColumnType(t.BigInt);
        });
        b.Entity<DirectLineTurnRow>(e =>
        {
            e.ToTable("directline_turns");
            e.HasKey(x => x.ConversationId).HasName("directline_turns_pkey");
            e.Property(x => x.ConversationId).HasColumnName("conversation_id").HasColumnType(t.VarChar(64));
            e.Property(x => x.TurnSeq).HasColumnName("turn_seq").HasColumnType(t.BigInt);
        });
        b.Entity<DirectLineAttachmentRow>(e =>
        {
            e.ToTable("directline_attachments");
            e.HasKey(x => x.Id).HasName("directline_attachments_pkey");
            e.Property(x => x.Id).HasColumnName("id").HasColumnType(t.VarChar(64));
            e.Property(x => x.ConversationId).HasColumnName("conversation_id").HasColumnType(t.VarChar(64));
            e.Property(x => x.Name).HasColumnName("name").HasColumnType(t.VarChar(260));
            e.Property(x => x.ContentType).HasColumnName("content_type").HasColumnType(t.VarChar(200));
            e.Property(x => x.Content).HasColumnName("content").HasColumnType(postgres ? "bytea" : "BLOB");
            e.Property(x => x.CreatedAt).HasColumnName("created_at").HasColumnType(t.BigInt);
        });
        b.Entity<DirectLineSettingRow>(e =>
        {
            e.ToTable("directline_settings");
            e.HasKey(x => x.Name).HasName("directline_settings_pkey");
            e.Property(x => x.Name).HasColumnName("name").HasColumnType(t.VarChar(64));
            e.Property(x => x.Value).HasColumnName("value").HasColumnType(t.Text);
        });
        b.Entity<TrustedServiceUrlRow>(e =>
        {
            e.ToTable("bot_trusted_service_urls");
            e.HasKey(x => x.Origin).HasName("bot_trusted_service_urls_pkey");
            e.Property(x => x.Origin).HasColumnName("origin").HasColumnType(t.VarChar(512));
            e.Property(x => x.FirstSeen).HasColumnName("first_seen").HasColumnType(t.BigInt);
        });
        // The archive's convention caps strings at 400; these columns keep the lengths of their column types.
        foreach (var type in new[] { typeof(KernelStateRow), typeof(OutboxRow), typeof(JobRunRow), typeof(ReminderReplyRow), typeof(JobFireRow), typeof(DirectLineConversationRow), typeof(DirectLineActivityRow), typeof(DirectLineOutboxKeyRow), typeof(DirectLineTurnRow), typeof(DirectLineAttachmentRow), typeof(DirectLineSettingRow), typeof(TrustedServiceUrlRow) })
        {
            foreach (var property in b.Entity(type).Metadata.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var columnType = property.GetColumnType()!;
                var open = columnType.IndexOf('(');
                property.SetMaxLength(open < 0 ? null : int.Parse(columnType[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The column types each provider reports for the DDL those tables were first created with.</summary>
    private sealed class ColumnTypes(bool postgres)
    {
        public string Text { get; } = postgres ? "text" : "TEXT";
        public string Integer { get; } = postgres ? "integer" : "INTEGER";
        public string BigInt { get; } = postgres ? "bigint" : "BIGINT";
        public string VarChar(int length) => postgres ? $"character varying({length})" : $"VARCHAR({length})";
    }
}
