using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Email;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class SmtpSettingsConfiguration : IEntityTypeConfiguration<SmtpSettings>
{
    public void Configure(EntityTypeBuilder<SmtpSettings> builder)
    {
        builder.ToTable("SmtpSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Host).HasMaxLength(SmtpSettings.HostMaxLength).IsRequired();
        builder.Property(s => s.UserName).HasMaxLength(SmtpSettings.UserNameMaxLength);
        builder.Property(s => s.ProtectedPassword).HasMaxLength(SmtpSettings.ProtectedPasswordMaxLength);
        builder.Property(s => s.SenderName).HasMaxLength(SmtpSettings.SenderNameMaxLength).IsRequired();
        builder.Property(s => s.SenderAddress).HasMaxLength(SmtpSettings.AddressMaxLength).IsRequired();
        builder.Property(s => s.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);
    }
}
