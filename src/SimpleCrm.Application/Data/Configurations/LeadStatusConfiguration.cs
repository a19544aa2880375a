using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class LeadStatusConfiguration : IEntityTypeConfiguration<LeadStatus>
{
    public void Configure(EntityTypeBuilder<LeadStatus> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(LeadStatus.NameMaxLength);
        builder.Property(s => s.ResourceKey).HasMaxLength(LeadStatus.NameMaxLength);
        builder.Property(s => s.Color).HasMaxLength(20);
        builder.Property(s => s.Meaning).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.Position);
    }
}
