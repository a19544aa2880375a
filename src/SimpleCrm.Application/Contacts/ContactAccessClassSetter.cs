using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Contacts;

/// <summary>
/// Sets a contact's access class from the form. Only roles that see all contacts may: a sales rep's
/// posted class changes nothing (overposting), or a rep could hand themselves any contact.
/// </summary>
public sealed class ContactAccessClassSetter(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const string UnknownClass = "Contacts.AccessClassUnknown";

    /// <summary>
    /// Changes the class when the user may and it differs; answers the history line to record
    /// (its record id is still to be filled for a new contact), or null when nothing changed.
    /// </summary>
    public async Task<Result<HistoryEntry?>> ApplyAsync(Contact contact, int? accessClassId, CancellationToken cancellationToken)
    {
        if (!ContactVisibility.SeesAll(user) || contact.AccessClassId == accessClassId)
        {
            return Result<HistoryEntry?>.Ok(null);
        }

        string? name = null;
        if (accessClassId is { } id)
        {
            name = await db.AccessClasses.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                return Result<HistoryEntry?>.Fail(new Failure(UnknownClass, nameof(ContactInput.AccessClassId)));
            }
        }

        contact.AccessClassId = accessClassId;
        return Result<HistoryEntry?>.Ok(HistoryEntry.ForContact(contact.Id, "AccessClassSet", name, clock.GetUtcNow().UtcDateTime, user.UserId));
    }
}
