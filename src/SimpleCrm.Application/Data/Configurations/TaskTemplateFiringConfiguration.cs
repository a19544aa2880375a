using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class TaskTemplateFiringConfiguration : IEntityTypeConfiguration<TaskTemplateFiring>
{
    public void Configure(EntityTypeBuilder<TaskTemplateFiring> builder)
    {
        builder.Property(f => f.RecordType).HasMaxLength(30).IsRequired();
        builder.HasOne<TaskTemplate>().WithMany().HasForeignKey(f => f.TaskTemplateId).OnDelete(DeleteBehavior.Cascade);

        // One firing per template and transition: the second of two racing requests fails here.
        builder.HasIndex(f => new { f.TaskTemplateId, f.RecordType, f.RecordId, f.TransitionKey }).IsUnique();

        // "Fired on this record within the last minute?": one seek per record.
        builder.HasIndex(f => new { f.RecordType, f.RecordId, f.At });
    }
}
