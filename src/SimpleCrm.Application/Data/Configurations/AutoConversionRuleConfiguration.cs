using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class AutoConversionRuleConfiguration : IEntityTypeConfiguration<AutoConversionRule>
{
    public void Configure(EntityTypeBuilder<AutoConversionRule> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_AutoConversionRules_OneSource",
            "(\"ListId\" IS NULL AND \"SegmentId\" IS NOT NULL) OR (\"ListId\" IS NOT NULL AND \"SegmentId\" IS NULL)"));
        builder.Property(r => r.Label).HasMaxLength(Deal.LabelMaxLength).IsRequired();
        builder.Property(r => r.Value).HasPrecision(18, 2);
        builder.Property(r => r.Currency).HasMaxLength(Deal.CurrencyMaxLength);
        builder.Property(r => r.ResponsibleUserId).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(r => r.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(r => r.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(r => r.LastError).HasMaxLength(AutoConversionRule.ErrorMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // A rule goes with its list or segment; stages and pipelines in use are never deleted behind
        // it (restrict: rule -> stage -> pipeline and rule -> pipeline would be two cascade paths).
        builder.HasOne<ContactList>().WithMany().HasForeignKey(r => r.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Segment>().WithMany().HasForeignKey(r => r.SegmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pipeline>().WithMany().HasForeignKey(r => r.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Stage>().WithMany().HasForeignKey(r => r.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);

        // The list-membership event asks "which rules feed from this list?"; a stage header asks for its rules.
        builder.HasIndex(r => r.ListId);
        builder.HasIndex(r => r.StageId);
    }
}
