using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class OutgoingEmailAttachmentConfiguration : IEntityTypeConfiguration<OutgoingEmailAttachment>
{
    public void Configure(EntityTypeBuilder<OutgoingEmailAttachment> builder)
    {
        builder.ToTable("OutgoingEmailAttachments");
        builder.Property(a => a.FileName).HasMaxLength(RecordFile.FileNameMaxLength).IsRequired();
        builder.Property(a => a.StoredName).HasMaxLength(32).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(RecordFile.ContentTypeMaxLength).IsRequired();
    }
}
