using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class CrmTaskConfiguration : IEntityTypeConfiguration<CrmTask>
{
    public void Configure(EntityTypeBuilder<CrmTask> builder)
    {
        builder.ToTable("Tasks");
        builder.Property(t => t.Title).HasMaxLength(CrmTask.TitleMaxLength).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(CrmTask.TextMaxLength);
        builder.Property(t => t.RecordType).HasMaxLength(30);
        builder.Property(t => t.AssigneeId).HasMaxLength(IdentityKeyLengths.Id).IsRequired();
        builder.Property(t => t.DoneById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(t => t.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(t => t.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);

        // "My tasks" by section and the overdue count in the navigation bar: one range seek per user.
        builder.HasIndex(t => new { t.AssigneeId, t.Status, t.DueAt });

        // A record's tasks on its card. No foreign key: a task moves from a lead to a contact.
        builder.HasIndex(t => new { t.RecordType, t.RecordId, t.Status });
    }
}
