using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class SavedImportMappingConfiguration : IEntityTypeConfiguration<SavedImportMapping>
{
    public void Configure(EntityTypeBuilder<SavedImportMapping> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(SavedImportMapping.NameMaxLength);
        builder.Property(m => m.EntityType).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.UserId).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.UserId, m.EntityType, m.Name });
    }
}
