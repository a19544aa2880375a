using System.Globalization;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Prepared INSERTs of a contact and its email and phone rows, storing each value the way EF Core's
/// SQLite provider does (GUIDs as upper-case text, dates as ISO text, booleans as 0/1), so the app
/// reads the rows back as its own.
/// </summary>
internal sealed class ContactRows : IDisposable
{
    private static readonly string[] ContactColumns =
    [
        "Id", "Kind", "FirstName", "LastName", "CompanyName", "CompanyId", "Position", "City", "Country", "Website",
        "BirthDate", "ResponsibleUserId", "DisplayName", "NameKey", "CompanyKey", "SearchText",
        "CreatedAt", "CreatedById", "UpdatedAt", "UpdatedById", "IsDeleted", "Version",
    ];

    private readonly SqliteCommand _contact;
    private readonly SqliteCommand _email;
    private readonly SqliteCommand _phone;

    public ContactRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _contact = Prepare(connection, transaction, "Contacts", ContactColumns);
        _email = Prepare(connection, transaction, "ContactEmails", ["ContactId", "Address", "Normalized", "Position"]);
        _phone = Prepare(connection, transaction, "ContactPhones", ["ContactId", "Number", "E164", "Position"]);
    }

    public async Task InsertAsync(Contact contact, CancellationToken cancellationToken)
    {
        object?[] values =
        [
            contact.Id, (int)contact.Kind, contact.FirstName, contact.LastName, contact.CompanyName, contact.CompanyId,
            contact.Position, contact.City, contact.Country, contact.Website,
            contact.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), contact.ResponsibleUserId,
            contact.DisplayName, contact.NameKey, contact.CompanyKey, contact.SearchText,
            contact.CreatedAt, contact.CreatedById, contact.UpdatedAt, contact.UpdatedById, contact.IsDeleted ? 1 : 0,
            contact.Version.ToString().ToUpperInvariant(),
        ];
        await ExecuteAsync(_contact, values, cancellationToken);
        foreach (var email in contact.Emails)
        {
            await ExecuteAsync(_email, [contact.Id, email.Address, email.Normalized, email.Position], cancellationToken);
        }

        foreach (var phone in contact.Phones)
        {
            await ExecuteAsync(_phone, [contact.Id, phone.Number, phone.E164, phone.Position], cancellationToken);
        }
    }

    public void Dispose()
    {
        _contact.Dispose();
        _email.Dispose();
        _phone.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => "$" + c))});";
        foreach (var column in columns)
        {
            command.Parameters.Add(new SqliteParameter("$" + column, null));
        }

        command.Prepare();
        return command;
    }

    private static Task<int> ExecuteAsync(SqliteCommand command, object?[] values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
