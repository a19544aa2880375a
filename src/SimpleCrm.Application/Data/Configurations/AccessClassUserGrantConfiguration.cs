using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class AccessClassUserGrantConfiguration : IEntityTypeConfiguration<AccessClassUserGrant>
{
    public void Configure(EntityTypeBuilder<AccessClassUserGrant> builder)
    {
        builder.HasKey(g => new { g.AccessClassId, g.UserId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);

        // The visibility rule asks "which classes does this user hold?" on every contact read.
        builder.HasIndex(g => new { g.UserId, g.AccessClassId });
    }
}
