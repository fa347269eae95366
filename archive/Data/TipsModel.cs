using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

/// <summary>The 家长学校 / 家长课堂 tables: the tip library, what each person was sent (with their feedback), and opt-outs.</summary>
internal static class TipsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Tip>(e =>
        {
            e.ToTable("archive_tips");
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.Audience, x.Active });
            e.Property(x => x.Code).HasMaxLength(48);
            e.Property(x => x.Topic).HasMaxLength(32);
            e.Property(x => x.Ages).HasMaxLength(32);
            e.Property(x => x.Months).HasMaxLength(32);
            e.Property(x => x.TextZhCn).HasMaxLength(200);
            e.Property(x => x.TextZhTw).HasMaxLength(200);
            e.Property(x => x.TextEn).HasMaxLength(300);
            e.Property(x => x.Origin).HasMaxLength(16);
        });
        b.Entity<TipSend>(e =>
        {
            e.ToTable("archive_tip_sends");
            e.HasIndex(x => x.OutboxKey).IsUnique();
            e.HasIndex(x => new { x.PersonId, x.ChosenAt });
            e.HasIndex(x => x.TipId);
            e.Property(x => x.OutboxKey).HasMaxLength(128);
            e.HasOne<Tip>().WithMany().HasForeignKey(x => x.TipId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TipOptOut>(e =>
        {
            e.ToTable("archive_tip_opt_outs");
            e.HasKey(x => x.PersonId);
            e.Property(x => x.Keyword).HasMaxLength(16);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
