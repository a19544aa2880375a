using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Contacts;

/// <summary>
/// The plain name-sorted list of a sales rep who holds access classes, on SQLite, written out as a
/// compound SELECT. The visibility rule's <c>ResponsibleUserId = @me OR AccessClassId IN (…)</c>
/// keeps SQLite from walking either index in name order: the EF count scanned the table and the page
/// sorted the ~33 000 visible rows (15–18 ms each in sqlite3 at 100 000 contacts; over HTTP p95
/// 40 ms first page, 56–68 ms page 200). One arm for the rep's own contacts and one per class (a
/// contact has one class; <c>IN (1, 2)</c> in one arm made SQLite walk the whole name index),
/// UNION-ed at the top level with the ORDER BY, lets SQLite merge the covering
/// (ResponsibleUserId, IsDeleted, NameKey) and (AccessClassId, IsDeleted, NameKey) walks: page 200
/// in under 1 ms, the count in about 7 ms; over HTTP p95 14–17 ms for both pages. EF Core's
/// <c>Union</c> wraps the compound in a subquery with the ORDER BY outside, which loses the merge,
/// hence raw SQL. Any filter, another sort or another provider (SQL Server) keeps the EF path in
/// <see cref="ContactQueries.ListAsync"/>; the tests compare the two.
/// </summary>
internal static class RepNamePage
{
    /// <summary>Whether the page is the rep's plain list sorted by name on SQLite: the one case written out.</summary>
    public static bool Applies(CrmDbContext db, ICurrentUser user, ContactListQuery query) =>
        query.Sort == ContactSort.Name && query.IsEmpty && query.SegmentId is null && !query.Selected
        && user.UserId is not null && user.AccessClassIds.Count > 0 && !ContactVisibility.SeesAll(user)
        && db.Database.ProviderName == SqliteProvider;

    /// <summary>What <c>IsSqlite()</c> compares against; this project does not reference the SQLite provider.</summary>
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>
    /// How many contacts the rep sees: the same merged compound, counted. UNION (not UNION ALL) counts a
    /// contact that is both the rep's and in their class once; a NULL ResponsibleUserId simply falls
    /// in the class arm. Index-only; the split "own + (class and not own)" needed a row lookup per
    /// class contact (13 ms against 7 ms).
    /// </summary>
    public static async Task<int> CountAsync(CrmDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT count(*) AS "Value" FROM ({Compound(db, user, "ASC")})""";
        return (await db.Database.SqlQueryRaw<int>(sql, user.UserId!).ToListAsync(cancellationToken)).Single();
    }

    /// <summary>The ids of one page in (NameKey, Id) order, ascending or descending.</summary>
    public static Task<List<int>> IdsAsync(CrmDbContext db, ICurrentUser user, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        var sql = $"{Compound(db, user, descending ? "DESC" : "ASC")} LIMIT {{1}} OFFSET {{2}}";
        return db.Database.SqlQueryRaw<int>(sql, user.UserId!, take, skip).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// (Id, NameKey) of the rep's own contacts UNION those of each class, ordered by (NameKey, Id);
    /// {0} is the user id. Class ids are ints from our own lookup, inlined as literals.
    /// </summary>
    private static string Compound(CrmDbContext db, ICurrentUser user, string direction)
    {
        var t = Names.Of(db);
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"SELECT {t.Id} AS \"Value\", {t.NameKey} FROM {t.Table} WHERE {t.Responsible} = {{0}} AND {t.IsDeleted} = 0");
        foreach (var classId in user.AccessClassIds.Distinct().Order())
        {
            sql.Append(CultureInfo.InvariantCulture, $"\nUNION SELECT {t.Id}, {t.NameKey} FROM {t.Table} WHERE {t.Class} = {classId} AND {t.IsDeleted} = 0");
        }

        return sql.Append(CultureInfo.InvariantCulture, $"\nORDER BY 2 {direction}, 1 {direction}").ToString();
    }

    /// <summary>Quoted table and column names, read from the EF model so a rename reaches the SQL.</summary>
    private sealed record Names(string Table, string Id, string NameKey, string IsDeleted, string Responsible, string Class)
    {
        public static Names Of(CrmDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(Contact))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
            return new Names(
                sql.DelimitIdentifier(table.Name, table.Schema),
                Column(nameof(Contact.Id)),
                Column(nameof(Contact.NameKey)),
                Column(nameof(Contact.IsDeleted)),
                Column(nameof(Contact.ResponsibleUserId)),
                Column(nameof(Contact.AccessClassId)));
        }
    }
}
