using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class CustomFieldValueConfiguration : IEntityTypeConfiguration<CustomFieldValue>
{
    public void Configure(EntityTypeBuilder<CustomFieldValue> builder)
    {
        builder.Property(v => v.TextValue).HasMaxLength(CustomFieldLimits.Text);
        builder.Property(v => v.TextKey).HasMaxLength(CustomFieldLimits.Text);
        builder.Property(v => v.NumberValue).HasPrecision(18, CustomFieldLimits.NumberScale);
        builder.Property(v => v.Currency).HasMaxLength(CustomFieldLimits.Currency);

        // Restrict on both: fields and options are never deleted, and two cascading paths into this
        // table (field → value, field → option → value) would be refused by SQL Server anyway.
        builder.HasOne(v => v.Field).WithMany().HasForeignKey(v => v.FieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Option).WithMany().HasForeignKey(v => v.OptionId).OnDelete(DeleteBehavior.Restrict);

        // A file field's value is one of the record's files: deleting the file (from the card's files
        // tab) empties the field rather than leaving a value that points nowhere. The only path from files.
        builder.HasOne(v => v.File).WithMany().HasForeignKey(v => v.FileId).OnDelete(DeleteBehavior.Cascade);

        // A record's values; and one index per typed column, led by the field, so a filter or sort
        // on one field seeks its own values only. Text is compared folded (TextKey), numbers as REAL (NumberKey).
        builder.HasIndex(v => new { v.FieldId, v.RecordId });
        builder.HasIndex(v => new { v.FieldId, v.TextKey });
        builder.HasIndex(v => new { v.FieldId, v.NumberKey });
        builder.HasIndex(v => new { v.FieldId, v.DateValue });
        builder.HasIndex(v => new { v.FieldId, v.BoolValue });
        builder.HasIndex(v => new { v.FieldId, v.OptionId });
    }
}
