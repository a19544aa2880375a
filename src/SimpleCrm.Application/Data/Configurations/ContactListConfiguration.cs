using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Lists;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ContactListConfiguration : IEntityTypeConfiguration<ContactList>
{
    public void Configure(EntityTypeBuilder<ContactList> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(ContactList.NameMaxLength);
        builder.Property(l => l.Description).HasMaxLength(ContactList.DescriptionMaxLength);
        builder.Property(l => l.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(l => l.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(l => l.NameKey).HasMaxLength(ContactList.NameMaxLength);
        builder.HasIndex(l => l.Name);
        builder.HasIndex(l => l.NameKey).IsUnique();
    }
}
