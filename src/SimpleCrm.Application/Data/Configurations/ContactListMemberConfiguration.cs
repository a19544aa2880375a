using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Lists;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ContactListMemberConfiguration : IEntityTypeConfiguration<ContactListMember>
{
    public void Configure(EntityTypeBuilder<ContactListMember> builder)
    {
        builder.HasKey(m => new { m.ListId, m.ContactId });
        builder.Property(m => m.AddedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasOne<ContactList>().WithMany().HasForeignKey(m => m.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);

        // A contact's lists on its profile.
        builder.HasIndex(m => m.ContactId);
    }
}
