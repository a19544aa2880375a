using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Selection;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class SelectedContactConfiguration : IEntityTypeConfiguration<SelectedContact>
{
    public void Configure(EntityTypeBuilder<SelectedContact> builder)
    {
        builder.HasKey(s => new { s.UserId, s.ContactId });
        builder.Property(s => s.UserId).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ContactId);
    }
}
