using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Preferences;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ListPreferenceConfiguration : IEntityTypeConfiguration<ListPreference>
{
    public void Configure(EntityTypeBuilder<ListPreference> builder)
    {
        builder.Property(p => p.UserId).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(p => p.ListName).HasMaxLength(ListPreference.ListNameMaxLength);
        builder.Property(p => p.Columns).HasMaxLength(ListPreference.ColumnsMaxLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.UserId, p.ListName }).IsUnique();
    }
}
