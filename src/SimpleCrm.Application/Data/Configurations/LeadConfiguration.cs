using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.HasQueryFilter(l => !l.IsDeleted);

        builder.Property(l => l.Name).HasMaxLength(LeadLimits.Name);
        builder.Property(l => l.NameKey).HasMaxLength(LeadLimits.Name);
        builder.Property(l => l.FirstName).HasMaxLength(ContactLimits.Name);
        builder.Property(l => l.LastName).HasMaxLength(ContactLimits.Name);
        builder.Property(l => l.CompanyName).HasMaxLength(ContactLimits.Company);
        builder.Property(l => l.CompanyCode).HasMaxLength(LeadLimits.CompanyCode);
        builder.Property(l => l.CompanyCodeKey).HasMaxLength(LeadLimits.CompanyCode);
        builder.Property(l => l.PersonKey).HasMaxLength(ContactLimits.DisplayName);
        builder.Property(l => l.CompanyKey).HasMaxLength(ContactLimits.Company);
        builder.Property(l => l.Email).HasMaxLength(ContactLimits.Email);
        builder.Property(l => l.EmailKey).HasMaxLength(ContactLimits.Email);
        builder.Property(l => l.Phone).HasMaxLength(ContactLimits.Phone);
        builder.Property(l => l.PhoneE164).HasMaxLength(ContactLimits.Phone);
        builder.Property(l => l.Website).HasMaxLength(ContactLimits.Website);
        builder.Property(l => l.Street).HasMaxLength(ContactLimits.Address);
        builder.Property(l => l.City).HasMaxLength(ContactLimits.Name);
        builder.Property(l => l.PostalCode).HasMaxLength(ContactLimits.PostalCode);
        builder.Property(l => l.Country).HasMaxLength(ContactLimits.Name);
        builder.Property(l => l.Currency).HasMaxLength(LeadLimits.Currency);
        builder.Property(l => l.ProductsOfInterest).HasMaxLength(LeadLimits.ProductsOfInterest);
        builder.Property(l => l.SearchText).HasMaxLength(ContactLimits.SearchText);
        builder.Property(l => l.EstimatedAmount).HasPrecision(18, 2);
        builder.Property(l => l.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(l => l.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(l => l.DeletedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(l => l.Version).IsConcurrencyToken();

        // No cascades: statuses and sources in use cannot be deleted (the admin retires them), and
        // contacts and users are never hard-deleted behind a lead's back.
        builder.HasOne(l => l.Status).WithMany().HasForeignKey(l => l.StatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Source).WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.ResponsibleUser).WithMany().HasForeignKey(l => l.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Contact).WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Restrict);

        // The list's sorts and filters, led by the soft-delete flag as the contacts' are; a kanban
        // column reads one status in card order; the duplicate check seeks email, phone and code.
        builder.HasIndex(l => new { l.IsDeleted, l.NameKey, l.Id });
        builder.HasIndex(l => new { l.IsDeleted, l.CreatedAt, l.Id });
        builder.HasIndex(l => new { l.StatusId, l.IsDeleted, l.KanbanRank });

        // The board's counts and amount totals per column and currency, read from the index alone.
        builder.HasIndex(l => new { l.StatusId, l.IsDeleted, l.Currency, l.EstimatedAmount });
        builder.HasIndex(l => new { l.ResponsibleUserId, l.IsDeleted, l.StatusId });

        // A sales rep's leads seen through a class: from the class's contacts to their leads, covering
        // the list's count (status, responsible) so it reads no lead row (25 → 9 ms at 200 000 leads).
        builder.HasIndex(l => new { l.ContactId, l.IsDeleted, l.StatusId, l.ResponsibleUserId });
        builder.HasIndex(l => l.EmailKey);
        builder.HasIndex(l => l.PhoneE164);
        builder.HasIndex(l => l.CompanyCodeKey);
        builder.HasIndex(l => l.PersonKey);
        builder.HasIndex(l => l.CompanyKey);
    }
}
