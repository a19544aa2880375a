using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class LeadContactPersonConfiguration : IEntityTypeConfiguration<LeadContactPerson>
{
    public void Configure(EntityTypeBuilder<LeadContactPerson> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ContactLimits.DisplayName).IsRequired();
        builder.Property(p => p.Role).HasMaxLength(LeadContactPerson.RoleMaxLength);
        builder.Property(p => p.Email).HasMaxLength(ContactLimits.Email);
        builder.Property(p => p.Phone).HasMaxLength(ContactLimits.Phone);
        builder.Property(p => p.PhoneE164).HasMaxLength(ContactLimits.Phone);

        // The lead's people go with the lead (leads are soft-deleted, so only a purge would cascade).
        builder.HasOne<Lead>().WithMany().HasForeignKey(p => p.LeadId).OnDelete(DeleteBehavior.Cascade);
    }
}
