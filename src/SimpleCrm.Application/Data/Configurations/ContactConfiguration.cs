using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasQueryFilter(c => !c.IsDeleted);

        builder.Property(c => c.FirstName).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.LastName).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.CompanyName).HasMaxLength(ContactLimits.Company);
        builder.Property(c => c.Position).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.Street).HasMaxLength(ContactLimits.Address);
        builder.Property(c => c.City).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.PostalCode).HasMaxLength(ContactLimits.PostalCode);
        builder.Property(c => c.Country).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.Website).HasMaxLength(ContactLimits.Website);
        builder.Property(c => c.Notes).HasMaxLength(ContactLimits.Notes);
        builder.Property(c => c.DisplayName).HasMaxLength(ContactLimits.DisplayName);
        builder.Property(c => c.NameKey).HasMaxLength(ContactLimits.DisplayName);
        builder.Property(c => c.CompanyKey).HasMaxLength(ContactLimits.Company);
        builder.Property(c => c.SearchText).HasMaxLength(ContactLimits.SearchText);
        builder.Property(c => c.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(c => c.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(c => c.DeletedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // No cascades: SQL Server rejects a self-referencing cascade (error 1785), and contacts are
        // soft-deleted anyway, so a hard delete of a company never happens behind a user's back.
        builder.HasOne(c => c.Company).WithMany(c => c.People).HasForeignKey(c => c.CompanyId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ResponsibleUser).WithMany().HasForeignKey(c => c.ResponsibleUserId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.AccessClass).WithMany().HasForeignKey(c => c.AccessClassId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Emails).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Phones).WithOne().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);

        // One index per list sort, led by the soft-delete flag the query filter always adds, so a
        // page at any depth is an index walk (see ContactQueries.ListAsync).
        builder.HasIndex(c => new { c.IsDeleted, c.NameKey, c.Id });
        builder.HasIndex(c => new { c.IsDeleted, c.CompanyKey, c.Id });
        builder.HasIndex(c => new { c.IsDeleted, c.CreatedAt, c.Id });
        builder.HasIndex(c => new { c.ResponsibleUserId, c.IsDeleted, c.NameKey });
        builder.HasIndex(c => new { c.IsDeleted, c.Kind, c.NameKey });
        builder.HasIndex(c => new { c.AccessClassId, c.IsDeleted, c.NameKey });
    }
}
