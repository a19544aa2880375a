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

        // Stages are deleted only without deals (pipelines never): their triggers go with them. One
        // cascade path into this table per parent, so SQL Server accepts it too.
        builder.HasOne(t => t.Stage).WithMany().HasForeignKey(t => t.StageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.TaskTemplateId, t.StageId }).IsUnique();

        // A trigger is a status's or a stage's, never both nor neither. Unquoted names: both providers read them.
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_TaskTemplateTriggers_StatusOrStage",
            "(LeadStatusId IS NOT NULL AND StageId IS NULL) OR (LeadStatusId IS NULL AND StageId IS NOT NULL)"));

        // Firing reads a status's (a stage's) templates: one seek.
        builder.HasIndex(t => t.LeadStatusId);
        builder.HasIndex(t => t.StageId);
    }
}
