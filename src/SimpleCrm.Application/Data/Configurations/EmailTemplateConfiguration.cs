using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Email.Templates;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(EmailTemplate.NameMaxLength).IsRequired();
        builder.Property(t => t.NameKey).HasMaxLength(EmailTemplate.NameMaxLength).IsRequired();
        builder.Property(t => t.Subject).HasMaxLength(OutgoingEmail.SubjectMaxLength).IsRequired();
        builder.Property(t => t.Body).IsRequired();
        builder.Property(t => t.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(t => t.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.HasIndex(t => t.NameKey).IsUnique();
    }
}
