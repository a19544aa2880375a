using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class TaskTemplateTriggerConfiguration : IEntityTypeConfiguration<TaskTemplateTrigger>
{
    public void Configure(EntityTypeBuilder<TaskTemplateTrigger> builder)
    {
        builder.HasOne(t => t.TaskTemplate).WithMany(t => t.Triggers).HasForeignKey(t => t.TaskTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.LeadStatus).WithMany().HasForeignKey(t => t.LeadStatusId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.TaskTemplateId, t.LeadStatusId }).IsUnique();

        // Firing reads a status's templates: one seek.
        builder.HasIndex(t => t.LeadStatusId);
    }
}
