using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Imports.Uploads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.Property(u => u.StoredFileName).HasMaxLength(ImportUpload.StoredFileNameMaxLength);
        builder.Property(u => u.UserId).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.StoredFileName).IsUnique();

        // The daily cleanup looks for old uploads only.
        builder.HasIndex(u => u.UploadedAt);
    }
}
