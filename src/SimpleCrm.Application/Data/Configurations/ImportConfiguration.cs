using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ImportConfiguration : IEntityTypeConfiguration<Import>
{
    public void Configure(EntityTypeBuilder<Import> builder)
    {
        builder.Property(i => i.EntityType).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.OriginalFileName).HasMaxLength(Import.FileNameMaxLength);
        builder.Property(i => i.StoredFileName).HasMaxLength(64);
        builder.Property(i => i.Format).HasMaxLength(10);
        builder.Property(i => i.Delimiter).HasMaxLength(4);
        builder.Property(i => i.Sheet).HasMaxLength(100);
        builder.Property(i => i.DuplicatePolicy).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Culture).HasMaxLength(Import.CultureMaxLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Checkpoint).IsConcurrencyToken();
        builder.Property(i => i.LastError).HasMaxLength(Import.ErrorMaxLength);
        builder.Property(i => i.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CreatedById, i.CreatedAt });
        builder.HasIndex(i => i.Status);

        // One import per stored upload: a start sent twice cannot run the same file twice.
        builder.HasIndex(i => i.StoredFileName).IsUnique();
    }
}
