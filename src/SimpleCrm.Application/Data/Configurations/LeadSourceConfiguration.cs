using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class LeadSourceConfiguration : IEntityTypeConfiguration<LeadSource>
{
    public void Configure(EntityTypeBuilder<LeadSource> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(LeadSource.NameMaxLength);
        builder.Property(s => s.ResourceKey).HasMaxLength(LeadSource.NameMaxLength);
        builder.HasIndex(s => s.Position);
    }
}
