using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class CustomFieldOptionConfiguration : IEntityTypeConfiguration<CustomFieldOption>
{
    public void Configure(EntityTypeBuilder<CustomFieldOption> builder)
    {
        builder.Property(o => o.Label).HasMaxLength(CustomFieldLimits.OptionLabel);
        builder.HasIndex(o => new { o.FieldId, o.Position });
    }
}
