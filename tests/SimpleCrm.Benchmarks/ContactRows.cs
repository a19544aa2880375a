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

    private readonly PreparedInsert _contact;
    private readonly PreparedInsert _email;
    private readonly PreparedInsert _phone;

    public ContactRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _contact = new PreparedInsert(connection, transaction, "Contacts", ContactColumns);
        _email = new PreparedInsert(connection, transaction, "ContactEmails", ["ContactId", "Address", "Normalized", "Position"]);
        _phone = new PreparedInsert(connection, transaction, "ContactPhones", ["ContactId", "Number", "E164", "Position"]);
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
        await _contact.ExecuteAsync(values, cancellationToken);
        foreach (var email in contact.Emails)
        {
            await _email.ExecuteAsync([contact.Id, email.Address, email.Normalized, email.Position], cancellationToken);
        }

        foreach (var phone in contact.Phones)
        {
            await _phone.ExecuteAsync([contact.Id, phone.Number, phone.E164, phone.Position], cancellationToken);
        }
    }

    public void Dispose()
    {
        _contact.Dispose();
        _email.Dispose();
        _phone.Dispose();
    }
}
