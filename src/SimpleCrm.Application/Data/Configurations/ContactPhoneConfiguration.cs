using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ContactPhoneConfiguration : IEntityTypeConfiguration<ContactPhone>
{
    public void Configure(EntityTypeBuilder<ContactPhone> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(ContactLimits.Phone).IsRequired();
        builder.Property(p => p.E164).HasMaxLength(ContactLimits.Phone);
        builder.HasIndex(p => p.E164);
        builder.HasIndex(p => new { p.ContactId, p.Position });
    }
}
