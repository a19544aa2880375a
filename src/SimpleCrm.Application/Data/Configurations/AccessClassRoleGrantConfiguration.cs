using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.AccessClasses;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class AccessClassRoleGrantConfiguration : IEntityTypeConfiguration<AccessClassRoleGrant>
{
    public void Configure(EntityTypeBuilder<AccessClassRoleGrant> builder)
    {
        builder.HasKey(g => new { g.AccessClassId, g.RoleId });
        builder.HasOne(g => g.Role).WithMany().HasForeignKey(g => g.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.RoleId, g.AccessClassId });
    }
}
