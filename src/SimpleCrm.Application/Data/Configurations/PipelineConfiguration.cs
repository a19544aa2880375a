using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Pipeline.NameMaxLength).IsRequired();
        builder.Property(p => p.NameKey).HasMaxLength(Pipeline.NameMaxLength).IsRequired();
        builder.Property(p => p.ResourceKey).HasMaxLength(Pipeline.NameMaxLength);
        builder.HasIndex(p => p.NameKey).IsUnique();
        builder.HasIndex(p => p.Position);
    }
}
