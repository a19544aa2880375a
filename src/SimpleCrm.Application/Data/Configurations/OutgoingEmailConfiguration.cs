using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Email;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.ToTable("OutgoingEmails");
        builder.Property(e => e.RecordType).HasMaxLength(30).IsRequired();
        builder.Property(e => e.To).HasMaxLength(OutgoingEmail.ToMaxLength).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(OutgoingEmail.SubjectMaxLength).IsRequired();
        builder.Property(e => e.Body).IsRequired();
        builder.Property(e => e.LastErrorKey).HasMaxLength(OutgoingEmail.ErrorKeyMaxLength);
        builder.Property(e => e.LastError).HasMaxLength(OutgoingEmail.ErrorMaxLength);
        builder.Property(e => e.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.OutgoingEmailId).OnDelete(DeleteBehavior.Cascade);

        // A record's emails, newest first; the rate limit's count of the last minute's attempts.
        builder.HasIndex(e => new { e.RecordType, e.RecordId, e.CreatedAt });
        builder.HasIndex(e => e.LastAttemptAt);
    }
}
