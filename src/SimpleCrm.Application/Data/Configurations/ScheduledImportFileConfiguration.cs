using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ScheduledImportFileConfiguration : IEntityTypeConfiguration<ScheduledImportFile>
{
    public void Configure(EntityTypeBuilder<ScheduledImportFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(ScheduledImportFile.FileNameMaxLength);
        builder.Property(f => f.Hash).HasMaxLength(ScheduledImportFile.HashLength);
        builder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.MessageKey).HasMaxLength(ScheduledImportFile.MessageKeyMaxLength);
        builder.HasOne<ScheduledImport>().WithMany().HasForeignKey(f => f.ScheduledImportId).OnDelete(DeleteBehavior.Cascade);

        // The import stays when its schedule goes; its row here goes with the schedule (cascade above), never the other way.
        builder.HasOne<Import>().WithMany().HasForeignKey(f => f.ImportId).OnDelete(DeleteBehavior.SetNull);

        // Each file is imported once by name and content; repeats of it are recorded as skipped, outside the rule.
        builder.HasIndex(f => new { f.ScheduledImportId, f.FileName, f.Hash }).IsUnique()
            .HasFilter("[Outcome] <> 'SkippedAlreadySeen'");
        builder.HasIndex(f => new { f.ScheduledImportId, f.FoundAt });
    }
}
