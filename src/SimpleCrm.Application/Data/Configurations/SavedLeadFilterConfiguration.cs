using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class SavedLeadFilterConfiguration : IEntityTypeConfiguration<SavedLeadFilter>
{
    public void Configure(EntityTypeBuilder<SavedLeadFilter> builder)
    {
        builder.Property(f => f.OwnerId).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(f => f.Name).HasMaxLength(SavedLeadFilter.NameMaxLength);
        builder.Property(f => f.NameKey).HasMaxLength(SavedLeadFilter.NameMaxLength);
        builder.Property(f => f.Query).HasMaxLength(SavedLeadFilter.QueryMaxLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);

        // One owner's names are unique whatever their case; the quick links read in name order.
        builder.HasIndex(f => new { f.OwnerId, f.NameKey }).IsUnique();
    }
}
