using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.AccessClasses;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class AccessClassConfiguration : IEntityTypeConfiguration<AccessClass>
{
    public void Configure(EntityTypeBuilder<AccessClass> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(AccessClass.NameMaxLength).IsRequired();
        builder.Property(a => a.NameKey).HasMaxLength(AccessClass.NameMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(500);
        builder.HasIndex(a => a.NameKey).IsUnique();
        builder.HasMany(a => a.UserGrants).WithOne().HasForeignKey(g => g.AccessClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.RoleGrants).WithOne().HasForeignKey(g => g.AccessClassId).OnDelete(DeleteBehavior.Cascade);
    }
}
