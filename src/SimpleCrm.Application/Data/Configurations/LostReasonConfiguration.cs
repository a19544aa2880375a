using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class LostReasonConfiguration : IEntityTypeConfiguration<LostReason>
{
    public void Configure(EntityTypeBuilder<LostReason> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(LostReason.NameMaxLength).IsRequired();
        builder.Property(r => r.NameKey).HasMaxLength(LostReason.NameMaxLength).IsRequired();
        builder.Property(r => r.ResourceKey).HasMaxLength(LostReason.NameMaxLength);
        builder.HasIndex(r => r.NameKey).IsUnique();
        builder.HasIndex(r => r.Position);
    }
}
