using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    /// <summary>
    /// "Open and not deleted", in double-quoted identifiers and 0/1 booleans that SQLite (a partial
    /// index) and SQL Server (a filtered index, QUOTED_IDENTIFIER on) both read the same way.
    /// </summary>
    public const string OpenFilter = "\"IsOpen\" = 1 AND \"IsDeleted\" = 0";

    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.HasQueryFilter(d => !d.IsDeleted);

        builder.Property(d => d.Label).HasMaxLength(Deal.LabelMaxLength).IsRequired();
        builder.Property(d => d.LabelKey).HasMaxLength(Deal.LabelMaxLength).IsRequired();
        builder.Property(d => d.Value).HasPrecision(18, 2);
        builder.Property(d => d.Currency).HasMaxLength(Deal.CurrencyMaxLength);
        builder.Property(d => d.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ResponsibleUserId).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(d => d.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(d => d.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(d => d.DeletedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(d => d.Version).IsConcurrencyToken();

        // No cascades at all: deal -> stage -> pipeline and deal -> pipeline would be two paths SQL
        // Server refuses, and stages, pipelines, contacts, users and reasons in use are never deleted
        // behind a deal's back (a stage's deals move first).
        builder.HasOne(d => d.Pipeline).WithMany().HasForeignKey(d => d.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Stage).WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Contact).WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ResponsibleUser).WithMany().HasForeignKey(d => d.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.LostReason).WithMany().HasForeignKey(d => d.LostReasonId).OnDelete(DeleteBehavior.Restrict);

        // Never two open deals with the same label for one contact in one pipeline: both databases enforce it.
        builder.HasIndex(d => new { d.PipelineId, d.ContactId, d.LabelKey }).IsUnique().HasFilter(OpenFilter)
            .HasDatabaseName("IX_Deals_OpenLabel");

        // A board column reads one stage's live deals; a contact's profile lists its deals.
        builder.HasIndex(d => new { d.StageId, d.IsDeleted, d.BoardRank });
        builder.HasIndex(d => new { d.ContactId, d.IsDeleted });
        builder.HasIndex(d => new { d.ResponsibleUserId, d.IsDeleted });
    }
}
