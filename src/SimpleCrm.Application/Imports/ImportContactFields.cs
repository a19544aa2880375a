using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// How an import changes an existing contact and how undo puts it back: only the fields the file
/// had a value for are overwritten (an empty cell never wipes what the CRM knows), emails and phones
/// are added, never removed; what was there before is kept in an <see cref="ImportBefore"/>.
/// </summary>
public static class ImportContactFields
{
    public static void Update(Contact contact, ImportContactDraft draft, ValidatedContact validated, ImportBefore before)
    {
        foreach (var key in ImportFields.ContactText.Where(draft.Given.Contains))
        {
            var value = TextOf(draft.Input, key);
            if (value != Get(contact, key))
            {
                before.Fields.TryAdd(key, Get(contact, key));
                Set(contact, key, value);
            }
        }

        if (draft.Given.Contains(ImportFields.BirthDate) && contact.BirthDate != draft.Input.BirthDate)
        {
            before.Fields.TryAdd(ImportFields.BirthDate, contact.BirthDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            contact.BirthDate = draft.Input.BirthDate;
        }

        foreach (var email in validated.Emails.Where(e => contact.Emails.All(c => c.Normalized != e.Normalized)))
        {
            email.Position = contact.Emails.Count;
            contact.Emails.Add(email);
            before.AddedEmails.Add(email.Normalized);
        }

        foreach (var phone in validated.Phones.Where(p => contact.Phones.All(c => c.E164 != p.E164)))
        {
            phone.Position = contact.Phones.Count;
            contact.Phones.Add(phone);
            before.AddedPhones.Add(phone.E164!);
        }

        contact.RefreshDerivedFields();
    }

    public static void Restore(Contact contact, ImportBefore before)
    {
        foreach (var (key, value) in before.Fields)
        {
            if (key == ImportFields.BirthDate)
            {
                contact.BirthDate = value is null ? null : DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                Set(contact, key, value);
            }
        }

        contact.Emails.RemoveAll(e => before.AddedEmails.Contains(e.Normalized));
        contact.Phones.RemoveAll(p => p.E164 is not null && before.AddedPhones.Contains(p.E164));
        contact.RefreshDerivedFields();
    }

    private static string? TextOf(ContactInput input, string key) => key switch
    {
        ImportFields.FirstName => input.FirstName,
        ImportFields.LastName => input.LastName,
        ImportFields.CompanyName => input.CompanyName,
        ImportFields.Position => input.Position,
        ImportFields.Street => input.Street,
        ImportFields.City => input.City,
        ImportFields.PostalCode => input.PostalCode,
        ImportFields.Country => input.Country,
        ImportFields.Website => input.Website,
        ImportFields.Notes => input.Notes,
        _ => null,
    };

    private static string? Get(Contact contact, string key) => key switch
    {
        ImportFields.FirstName => contact.FirstName,
        ImportFields.LastName => contact.LastName,
        ImportFields.CompanyName => contact.CompanyName,
        ImportFields.Position => contact.Position,
        ImportFields.Street => contact.Street,
        ImportFields.City => contact.City,
        ImportFields.PostalCode => contact.PostalCode,
        ImportFields.Country => contact.Country,
        ImportFields.Website => contact.Website,
        ImportFields.Notes => contact.Notes,
        _ => null,
    };

    private static void Set(Contact contact, string key, string? value)
    {
        switch (key)
        {
            case ImportFields.FirstName: contact.FirstName = value; break;
            case ImportFields.LastName: contact.LastName = value; break;
            case ImportFields.CompanyName: contact.CompanyName = value; break;
            case ImportFields.Position: contact.Position = value; break;
            case ImportFields.Street: contact.Street = value; break;
            case ImportFields.City: contact.City = value; break;
            case ImportFields.PostalCode: contact.PostalCode = value; break;
            case ImportFields.Country: contact.Country = value; break;
            case ImportFields.Website: contact.Website = value; break;
            case ImportFields.Notes: contact.Notes = value; break;
        }
    }
}
