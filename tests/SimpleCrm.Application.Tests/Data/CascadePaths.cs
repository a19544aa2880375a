using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SimpleCrm.Application.Tests.Data;

/// <summary>
/// Finds what SQL Server rejects with error 1785: a table reachable from another by two chains of
/// cascading foreign keys (ON DELETE CASCADE / SET NULL / SET DEFAULT), or a cascading cycle.
/// SQLite accepts such models, so only this check catches them before production.
/// </summary>
public static class CascadePaths
{
    public static IReadOnlyList<string> FindConflicts(IRelationalModel model)
    {
        var cascades = model.Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .ToLookup(fk => fk.PrincipalTable.Name);
        var conflicts = new List<string>();
        foreach (var root in model.Tables)
        {
            var reached = new Dictionary<string, string>();
            Walk(root.Name, root.Name, [root.Name]);

            void Walk(string table, string path, HashSet<string> onPath)
            {
                foreach (var fk in cascades[table])
                {
                    var next = fk.Table.Name;
                    var nextPath = $"{path} -> {next} ({fk.Name})";
                    if (onPath.Contains(next) && next != table)
                    {
                        conflicts.Add($"cascade cycle: {nextPath}");
                        continue;
                    }

                    if (next == table)
                    {
                        conflicts.Add($"self-referencing cascade: {nextPath}");
                        continue;
                    }

                    if (reached.TryGetValue(next, out var earlier))
                    {
                        conflicts.Add($"two cascade paths into {next}: {earlier} and {nextPath}");
                        continue;
                    }

                    reached[next] = nextPath;
                    Walk(next, nextPath, [.. onPath, next]);
                }
            }
        }

        return [.. conflicts.Distinct()];
    }
}
