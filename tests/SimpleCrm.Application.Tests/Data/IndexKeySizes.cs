using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SimpleCrm.Application.Tests.Data;

/// <summary>
/// SQL Server limits index keys: 900 bytes for a clustered key (our primary keys), 1 700 for a
/// nonclustered one, and no nvarchar(max) column at all. SQLite has no such limits.
/// </summary>
public static partial class IndexKeySizes
{
    public const int ClusteredLimit = 900;
    public const int NonclusteredLimit = 1700;

    public static IReadOnlyList<string> FindViolations(IRelationalModel model)
    {
        var violations = new List<string>();
        foreach (var table in model.Tables)
        {
            if (table.PrimaryKey is { } key)
            {
                Check(violations, $"{table.Name}.{key.Name}", key.Columns, ClusteredLimit);
            }

            foreach (var unique in table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()))
            {
                Check(violations, $"{table.Name}.{unique.Name}", unique.Columns, NonclusteredLimit);
            }

            foreach (var index in table.Indexes)
            {
                Check(violations, $"{table.Name}.{index.Name}", index.Columns, NonclusteredLimit);
            }
        }

        return violations;
    }

    private static void Check(List<string> violations, string name, IEnumerable<IColumn> columns, int limit)
    {
        var sizes = columns.Select(c => (c.Name, c.StoreType, Bytes: Bytes(c.StoreType))).ToList();
        var unbounded = sizes.Where(s => s.Bytes is null).ToList();
        if (unbounded.Count > 0)
        {
            violations.Add($"{name}: unbounded key column {string.Join(", ", unbounded.Select(u => $"{u.Name} {u.StoreType}"))}");
            return;
        }

        var total = sizes.Sum(s => s.Bytes!.Value);
        if (total > limit)
        {
            violations.Add($"{name}: {total} bytes > {limit}");
        }
    }

    /// <summary>The key bytes of a SQL Server store type; null for (max) types that cannot be keys.</summary>
    public static int? Bytes(string storeType)
    {
        var match = SizedType().Match(storeType);
        if (match.Success)
        {
            if (match.Groups["size"].Value == "max")
            {
                return null;
            }

            var size = int.Parse(match.Groups["size"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return match.Groups["type"].Value.StartsWith('n') ? size * 2 : size;
        }

        return storeType switch
        {
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "int" or "real" => 4,
            "bigint" or "float" or "datetime" or "datetime2" => 8,
            "date" => 3,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            _ when storeType.StartsWith("decimal", StringComparison.Ordinal) => 17,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?<type>nvarchar|varchar|nchar|char|varbinary|binary)\((?<size>\d+|max)\)$")]
    private static partial Regex SizedType();
}
