using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Segment.NameMaxLength);
        builder.Property(s => s.OwnerId).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(s => s.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(s => s.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.OwnerId, s.Name });
        builder.HasIndex(s => new { s.IsShared, s.Name });
    }
}
