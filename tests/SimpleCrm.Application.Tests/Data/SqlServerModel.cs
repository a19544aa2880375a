using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SimpleCrm.Application.Data;
using SimpleCrm.Migrations.SqlServer;

namespace SimpleCrm.Application.Tests.Data;

/// <summary>The model exactly as SQL Server would get it, built without a server.</summary>
public static class SqlServerModel
{
    public static CrmDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        SqlServerDesignTimeFactory.Configure(builder, "Server=127.0.0.1,1;Database=Unused;User Id=sa;Password=unused;TrustServerCertificate=True");
        return new CrmDbContext(builder.Options);
    }

    public static IRelationalModel RelationalModel(DbContext context) =>
        context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
}
