using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Notes;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.Property(n => n.RecordType).HasMaxLength(30).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(Note.TextMaxLength).IsRequired();
        builder.Property(n => n.CreatedById).HasMaxLength(IdentityKeyLengths.Id);
        builder.Property(n => n.UpdatedById).HasMaxLength(IdentityKeyLengths.Id);

        // A record's notes, newest first. No foreign key: a note moves from a lead to a contact.
        builder.HasIndex(n => new { n.RecordType, n.RecordId, n.CreatedAt });
    }
}
