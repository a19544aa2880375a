using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Tag.MaxLength).IsRequired();
        builder.Property(t => t.NameKey).HasMaxLength(Tag.MaxLength).IsRequired();

        // The database, not a check in code, keeps "VIP" and "vip" one tag when two requests race.
        builder.HasIndex(t => t.NameKey).IsUnique();
    }
}
