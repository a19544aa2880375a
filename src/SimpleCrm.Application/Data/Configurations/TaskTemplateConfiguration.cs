using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class TaskTemplateConfiguration : IEntityTypeConfiguration<TaskTemplate>
{
    public void Configure(EntityTypeBuilder<TaskTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(TaskTemplate.NameMaxLength).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(CrmTask.TitleMaxLength).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(CrmTask.TextMaxLength);
        builder.Property(t => t.AssigneeId).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(t => t.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(t => t.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasIndex(t => t.Name).IsUnique();

        // Users are deactivated, never deleted; a template keeps naming its user.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
    }
}
