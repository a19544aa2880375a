using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class CustomFieldConfiguration : IEntityTypeConfiguration<CustomField>
{
    public void Configure(EntityTypeBuilder<CustomField> builder)
    {
        builder.Property(f => f.RecordType).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Label).HasMaxLength(CustomFieldLimits.Label);
        builder.Property(f => f.LabelKey).HasMaxLength(CustomFieldLimits.Label);
        builder.HasIndex(f => new { f.RecordType, f.LabelKey }).IsUnique();
        builder.HasIndex(f => new { f.RecordType, f.Position });

        // Fields and options are archived and retired, never deleted: nothing cascades.
        builder.HasMany(f => f.Options).WithOne(o => o.Field).HasForeignKey(o => o.FieldId).OnDelete(DeleteBehavior.Restrict);
    }
}
