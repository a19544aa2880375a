using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Stage.NameMaxLength).IsRequired();
        builder.Property(s => s.ResourceKey).HasMaxLength(Stage.NameMaxLength);
        builder.Property(s => s.Color).HasMaxLength(20);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);

        // Pipelines are archived, never deleted; a stage with deals is deleted only after they moved.
        builder.HasOne(s => s.Pipeline).WithMany(p => p.Stages).HasForeignKey(s => s.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PipelineId, s.Position });
    }
}
