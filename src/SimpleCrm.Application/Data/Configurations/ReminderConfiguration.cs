using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Reminders;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.Property(r => r.RecordType).HasMaxLength(30).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(IdentityKeyLengths.Id).IsRequired();
        builder.Property(r => r.Text).HasMaxLength(Reminder.TextMaxLength).IsRequired();
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.Property(r => r.CreatedById).HasMaxLength(IdentityKeyLengths.Id);

        // The delivery job's claim: the undelivered ones (DeliveredAt null) up to now, one range seek.
        builder.HasIndex(r => new { r.DeliveredAt, r.DueAt });

        // The bell's unread count on every page: UserId, ReadAt null, DeliveredAt set.
        builder.HasIndex(r => new { r.UserId, r.ReadAt, r.DeliveredAt });

        // What the delivery run claimed, read back by its token.
        builder.HasIndex(r => r.DeliveryRun);

        // A record's or task's pending reminders on its card. No foreign key: the target may be a lead, a contact or a task.
        builder.HasIndex(r => new { r.RecordType, r.RecordId, r.DeliveredAt });
    }
}
