using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Activities;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.RecordType).HasMaxLength(30).IsRequired();
        builder.Property(a => a.Outcome).HasMaxLength(Activity.OutcomeMaxLength);
        builder.Property(a => a.Text).HasMaxLength(Activity.TextMaxLength);
        builder.Property(a => a.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(a => a.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);

        // A record's timeline, newest first; /History, newest first across records. No foreign key:
        // an activity moves from a lead to its contact.
        builder.HasIndex(a => new { a.RecordType, a.RecordId, a.At });
        builder.HasIndex(a => a.At);
    }
}
