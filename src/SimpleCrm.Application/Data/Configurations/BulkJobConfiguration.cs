using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class BulkJobConfiguration : IEntityTypeConfiguration<BulkJob>
{
    public void Configure(EntityTypeBuilder<BulkJob> builder)
    {
        builder.Property(j => j.UserId).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(j => j.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.UserId, j.CreatedAt });
    }
}
