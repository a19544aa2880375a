using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SimpleCrm.Application.Imports;

namespace SimpleCrm.Application.Data.Configurations;

public sealed class ImportErrorConfiguration : IEntityTypeConfiguration<ImportError>
{
    public void Configure(EntityTypeBuilder<ImportError> builder)
    {
        builder.Property(e => e.MessageKey).HasMaxLength(ImportError.MessageKeyMaxLength);
        builder.HasOne<Import>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ImportId, e.RowNumber });
    }
}
