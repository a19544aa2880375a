using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class RecordFileConfiguration : IEntityTypeConfiguration<RecordFile>
{
    public void Configure(EntityTypeBuilder<RecordFile> builder)
    {
        builder.ToTable("Files");
        builder.Property(f => f.RecordType).HasMaxLength(30).IsRequired();
        builder.Property(f => f.FileName).HasMaxLength(RecordFile.FileNameMaxLength).IsRequired();
        builder.Property(f => f.StoredName).HasMaxLength(32).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(RecordFile.ContentTypeMaxLength).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(f => f.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);

        // A record's files, newest first. No foreign key: a file moves from a lead to a contact.
        builder.HasIndex(f => new { f.RecordType, f.RecordId, f.CreatedAt });
        builder.HasIndex(f => f.StoredName).IsUnique();
    }
}
