using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable("History");
        builder.Property(h => h.RecordType).HasMaxLength(30).IsRequired();
        builder.Property(h => h.Action).HasMaxLength(50).IsRequired();
        builder.Property(h => h.Details).HasMaxLength(HistoryEntry.DetailsMaxLength);
        builder.Property(h => h.UserId).HasMaxLength(IdentityKeyLengths.Id);

        // A record's timeline, newest first. No foreign key: history outlives what it describes.
        builder.HasIndex(h => new { h.RecordType, h.RecordId, h.At });

        // /History: every visible record's lines, newest first.
        builder.HasIndex(h => h.At);
    }
}
