using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ContactEmailConfiguration : IEntityTypeConfiguration<ContactEmail>
{
    public void Configure(EntityTypeBuilder<ContactEmail> builder)
    {
        builder.Property(e => e.Address).HasMaxLength(ContactLimits.Email).IsRequired();
        builder.Property(e => e.Normalized).HasMaxLength(ContactLimits.Email).IsRequired();
        builder.HasIndex(e => e.Normalized);
        builder.HasIndex(e => new { e.ContactId, e.Position });
    }
}
