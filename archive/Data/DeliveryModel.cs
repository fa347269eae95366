using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

/// <summary>The SMS and voice tables (sends with receipts, opt-outs, channel preferences).</summary>
internal static class DeliveryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ChannelSend>(e =>
        {
            e.ToTable("archive_channel_sends");
            e.HasIndex(x => new { x.Channel, x.OutboxKey }).IsUnique();
            e.HasIndex(x => x.Reference);
            e.HasIndex(x => new { x.Provider, x.ProviderId });
            e.HasIndex(x => new { x.Phone, x.CreatedAt });
            e.HasIndex(x => x.CreatedAt);
            e.Property(x => x.Channel).HasMaxLength(16);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Provider).HasMaxLength(16);
            e.Property(x => x.Kind).HasMaxLength(64);
            e.Property(x => x.Reference).HasMaxLength(64);
            e.Property(x => x.ProviderId).HasMaxLength(128);
            e.Property(x => x.Cost).HasPrecision(12, 4);
        });
        b.Entity<PhoneOptOut>(e =>
        {
            e.ToTable("archive_phone_opt_outs");
            e.HasKey(x => x.Phone);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Keyword).HasMaxLength(16);
            e.Property(x => x.Provider).HasMaxLength(16);
        });
        b.Entity<ChannelPreference>(e =>
        {
            e.ToTable("archive_channel_preferences");
            e.HasKey(x => x.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
