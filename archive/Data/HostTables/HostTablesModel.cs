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
            e.Property(x => x.InboundSeq).HasColumnName("inbound_seq").HasColumnType(t.BigInt).HasDefaultValue(0L);
            // Only the conversations with a stored user activity whose turn has not run: what the recovery sweep reads.
            e.HasIndex(x => x.ConversationId).HasDatabaseName("ix_directline_turns_pending").HasFilter("inbound_seq > turn_seq");
        });
        b.Entity<ChannelRateRow>(e =>
        {
            e.ToTable("sched_channel_rates");
            e.HasKey(x => x.Channel).HasName("sched_channel_rates_pkey");
            e.Property(x => x.Channel).HasColumnName("channel").HasColumnType(t.VarChar(64));
            e.Property(x => x.Tat).HasColumnName("tat").HasColumnType(t.BigInt);
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
        ConfigureWeChat(b, t);
        // The archive's convention caps strings at 400; these columns keep the lengths of their column types.
        foreach (var type in new[] { typeof(KernelStateRow), typeof(OutboxRow), typeof(JobRunRow), typeof(ReminderReplyRow), typeof(JobFireRow), typeof(DirectLineConversationRow), typeof(DirectLineActivityRow), typeof(DirectLineOutboxKeyRow), typeof(DirectLineTurnRow), typeof(ChannelRateRow), typeof(DirectLineAttachmentRow), typeof(DirectLineSettingRow), typeof(TrustedServiceUrlRow),
            typeof(WeChatInboundRow), typeof(WeChatUserRow), typeof(WeChatAccessTokenRow), typeof(WeChatMediaRow), typeof(WeChatDeliveryRow), typeof(WeChatTemplateResultRow), typeof(WeChatCounterRow) })
        {
            foreach (var property in b.Entity(type).Metadata.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var columnType = property.GetColumnType()!;
                var open = columnType.IndexOf('(');
                property.SetMaxLength(open < 0 ? null : int.Parse(columnType[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The WeChat channel's tables (<see cref="WeChatTablesDdl"/>), as bot/WeChat's SQL reads and writes them.</summary>
    private static void ConfigureWeChat(ModelBuilder b, ColumnTypes t)
    {
        b.Entity<WeChatInboundRow>(e =>
        {
            e.ToTable("wechat_inbound");
            e.HasKey(x => x.DedupKey).HasName("wechat_inbound_pkey");
            e.Property(x => x.DedupKey).HasColumnName("dedup_key").HasColumnType(t.VarChar(400));
            e.Property(x => x.OpenId).HasColumnName("open_id").HasColumnType(t.VarChar(128));
            e.Property(x => x.Fields).HasColumnName("fields").HasColumnType(t.Text);
            e.Property(x => x.BaseUrl).HasColumnName("base_url").HasColumnType(t.VarChar(512));
            e.Property(x => x.ReceivedAt).HasColumnName("received_at").HasColumnType(t.BigInt);
            e.Property(x => x.ProcessedAt).HasColumnName("processed_at").HasColumnType(t.BigInt);
            e.Property(x => x.DoneAt).HasColumnName("done_at").HasColumnType(t.BigInt);
            e.HasIndex(x => x.ReceivedAt).HasDatabaseName("ix_wechat_inbound_open").HasFilter("processed_at IS NULL");
            // Claimed and not finished: a turn in progress, or one whose instance died (the recovery sweep reads these).
            e.HasIndex(x => x.ProcessedAt).HasDatabaseName("ix_wechat_inbound_unfinished").HasFilter("processed_at IS NOT NULL AND done_at IS NULL");
        });
        b.Entity<WeChatUserRow>(e =>
        {
            e.ToTable("wechat_users");
            e.HasKey(x => x.OpenId).HasName("wechat_users_pkey");
            e.Property(x => x.OpenId).HasColumnName("open_id").HasColumnType(t.VarChar(128));
            e.Property(x => x.LastInboundAt).HasColumnName("last_inbound_at").HasColumnType(t.BigInt);
            e.Property(x => x.Subscribed).HasColumnName("subscribed").HasColumnType(t.Integer);
            e.Property(x => x.UpdatedAt).HasColumnName("updated_at").HasColumnType(t.BigInt);
        });
        b.Entity<WeChatAccessTokenRow>(e =>
        {
            e.ToTable("wechat_tokens");
            e.HasKey(x => x.AppId).HasName("wechat_tokens_pkey");
            e.Property(x => x.AppId).HasColumnName("app_id").HasColumnType(t.VarChar(64));
            e.Property(x => x.AccessToken).HasColumnName("access_token").HasColumnType(t.Text);
            e.Property(x => x.ExpiresAt).HasColumnName("expires_at").HasColumnType(t.BigInt);
            e.Property(x => x.RefreshedAt).HasColumnName("refreshed_at").HasColumnType(t.BigInt);
            e.Property(x => x.Refreshes).HasColumnName("refreshes").HasColumnType(t.BigInt);
            e.Property(x => x.LockOwner).HasColumnName("lock_owner").HasColumnType(t.VarChar(128));
            e.Property(x => x.LockUntil).HasColumnName("lock_until").HasColumnType(t.BigInt);
        });
        b.Entity<WeChatMediaRow>(e =>
        {
            e.ToTable("wechat_media");
            e.HasKey(x => x.ContentHash).HasName("wechat_media_pkey");
            e.Property(x => x.ContentHash).HasColumnName("content_hash").HasColumnType(t.VarChar(64));
            e.Property(x => x.MediaId).HasColumnName("media_id").HasColumnType(t.VarChar(256));
            e.Property(x => x.CreatedAt).HasColumnName("created_at").HasColumnType(t.BigInt);
        });
        b.Entity<WeChatDeliveryRow>(e =>
        {
            e.ToTable("wechat_deliveries");
            e.HasKey(x => new { x.OutboxKey, x.OpenId }).HasName("wechat_deliveries_pkey");
            e.Property(x => x.OutboxKey).HasColumnName("outbox_key").HasColumnType(t.VarChar(400));
            e.Property(x => x.OpenId).HasColumnName("open_id").HasColumnType(t.VarChar(128));
            e.Property(x => x.Kind).HasColumnName("kind").HasColumnType(t.VarChar(32));
            e.Property(x => x.Method).HasColumnName("method").HasColumnType(t.VarChar(16));
            e.Property(x => x.Status).HasColumnName("status").HasColumnType(t.VarChar(16));
            e.Property(x => x.ErrCode).HasColumnName("errcode").HasColumnType(t.Integer);
            e.Property(x => x.TemplateMsgId).HasColumnName("template_msg_id").HasColumnType(t.VarChar(64));
            e.Property(x => x.UpdatedAt).HasColumnName("updated_at").HasColumnType(t.BigInt);
        });
        b.Entity<WeChatTemplateResultRow>(e =>
        {
            e.ToTable("wechat_template_results");
            e.HasKey(x => x.MsgId).HasName("wechat_template_results_pkey");
            e.Property(x => x.MsgId).HasColumnName("msg_id").HasColumnType(t.VarChar(64));
            e.Property(x => x.Status).HasColumnName("status").HasColumnType(t.VarChar(16));
            e.Property(x => x.ReceivedAt).HasColumnName("received_at").HasColumnType(t.BigInt);
        });
        b.Entity<WeChatCounterRow>(e =>
        {
            e.ToTable("wechat_counters");
            e.HasKey(x => new { x.Day, x.Name }).HasName("wechat_counters_pkey");
            e.Property(x => x.Day).HasColumnName("day").HasColumnType(t.VarChar(10));
            e.Property(x => x.Name).HasColumnName("name").HasColumnType(t.VarChar(64));
            e.Property(x => x.Value).HasColumnName("value").HasColumnType(t.BigInt);
        });
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
