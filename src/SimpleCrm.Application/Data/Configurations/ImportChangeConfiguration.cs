using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Imports;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ImportChangeConfiguration : IEntityTypeConfiguration<ImportChange>
{
    public void Configure(EntityTypeBuilder<ImportChange> builder)
    {
        builder.Property(c => c.RecordType).HasMaxLength(20);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Import>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Cascade);
        // The run looks up its own earlier rows by record (in-file repeats across batches, updates merged into one row).
        builder.HasIndex(c => new { c.ImportId, c.RecordType, c.RecordId });
    }
}
