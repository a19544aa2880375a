using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Deals;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class AutoConversionRuleContactConfiguration : IEntityTypeConfiguration<AutoConversionRuleContact>
{
    public void Configure(EntityTypeBuilder<AutoConversionRuleContact> builder)
    {
        // The key is the guard: one row per rule and contact, so a second or concurrent run claims nobody twice.
        builder.HasKey(r => new { r.RuleId, r.ContactId });
        builder.HasOne<AutoConversionRule>().WithMany().HasForeignKey(r => r.RuleId).OnDelete(DeleteBehavior.Cascade);

        // Contacts and deals are soft-deleted, never removed under a rule's rows; restrict keeps SQL
        // Server from seeing a second cascade path into this table.
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deal>().WithMany().HasForeignKey(r => r.DealId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RuleId, r.RunId });
    }
}
