using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ScheduledImportConfiguration : IEntityTypeConfiguration<ScheduledImport>
{
    public void Configure(EntityTypeBuilder<ScheduledImport> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(ScheduledImport.NameMaxLength);
        builder.Property(s => s.EntityType).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.InboxFolder).HasMaxLength(ScheduledImport.FolderMaxLength);
        builder.Property(s => s.ArchiveFolder).HasMaxLength(ScheduledImport.FolderMaxLength);
        builder.Property(s => s.ErrorFolder).HasMaxLength(ScheduledImport.FolderMaxLength);
        builder.Property(s => s.FilePattern).HasMaxLength(ScheduledImport.PatternMaxLength);
        builder.Property(s => s.DuplicatePolicy).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Culture).HasMaxLength(Import.CultureMaxLength);
        builder.Property(s => s.Cron).HasMaxLength(ScheduledImport.CronMaxLength);
        builder.Property(s => s.OwnerId).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Restrict);

        // A saved mapping in use cannot be deleted from under its schedule.
        builder.HasOne<SavedImportMapping>().WithMany().HasForeignKey(s => s.SavedMappingId).OnDelete(DeleteBehavior.Restrict);
    }
}
