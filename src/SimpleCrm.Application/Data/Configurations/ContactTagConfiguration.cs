using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ContactTagConfiguration : IEntityTypeConfiguration<ContactTag>
{
    public void Configure(EntityTypeBuilder<ContactTag> builder)
    {
        builder.HasKey(t => new { t.ContactId, t.TagId });
        builder.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);

        // The tag cloud counts per tag and the tag filter finds a tag's contacts: both walk this index.
        builder.HasIndex(t => new { t.TagId, t.ContactId });
    }
}
