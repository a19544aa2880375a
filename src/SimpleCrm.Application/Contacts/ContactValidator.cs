using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Contacts;

/// <summary>Checks a contact input and turns its emails and phones into normalized rows.</summary>
public sealed class ContactValidator(CrmDbContext db, PhoneNormalizer phones, TimeProvider clock)
{
    public async Task<ValidatedContact> ValidateAsync(ContactInput input, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        if (input.Kind == ContactKind.Company)
        {
            FieldRules.Require(failures, input.CompanyName, nameof(input.CompanyName));
        }
        else if (string.IsNullOrWhiteSpace(input.FirstName) && string.IsNullOrWhiteSpace(input.LastName))
        {
            failures.Add(new Failure("Contacts.NameRequired", nameof(input.LastName)));
        }

        FieldRules.MaxLength(failures, input.FirstName, ContactLimits.Name, nameof(input.FirstName));
        FieldRules.MaxLength(failures, input.LastName, ContactLimits.Name, nameof(input.LastName));
        FieldRules.MaxLength(failures, input.CompanyName, ContactLimits.Company, nameof(input.CompanyName));
        FieldRules.MaxLength(failures, input.Position, ContactLimits.Name, nameof(input.Position));
        FieldRules.MaxLength(failures, input.Street, ContactLimits.Address, nameof(input.Street));
        FieldRules.MaxLength(failures, input.City, ContactLimits.Name, nameof(input.City));
        FieldRules.MaxLength(failures, input.PostalCode, ContactLimits.PostalCode, nameof(input.PostalCode));
        FieldRules.MaxLength(failures, input.Country, ContactLimits.Name, nameof(input.Country));
        FieldRules.MaxLength(failures, input.Website, ContactLimits.Website, nameof(input.Website));
        FieldRules.MaxLength(failures, input.Notes, ContactLimits.Notes, nameof(input.Notes));

        if (!string.IsNullOrWhiteSpace(input.Website) && !FieldRules.IsWebsite(input.Website.Trim()))
        {
            failures.Add(new Failure("Validation.InvalidWebsite", nameof(input.Website)));
        }

        if (input.BirthDate is { } birthDate && birthDate > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            failures.Add(new Failure("Contacts.BirthDateInFuture", nameof(input.BirthDate)));
        }

        var emails = ValidateEmails(input, failures);
        var phoneRows = ValidatePhones(input, failures);

        if (input.ResponsibleUserId is not null
            && !await db.Users.AnyAsync(u => u.Id == input.ResponsibleUserId && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure("Contacts.ResponsibleUnknown", nameof(input.ResponsibleUserId)));
        }

        return new ValidatedContact(failures, emails, phoneRows);
    }

    private static List<ContactEmail> ValidateEmails(ContactInput input, List<Failure> failures)
    {
        var rows = new List<ContactEmail>();
        var entered = input.Emails.Select((e, i) => (Value: e?.Trim(), Index: i)).Where(e => !string.IsNullOrEmpty(e.Value)).ToList();
        if (entered.Count > ContactLimits.MaxEmails)
        {
            failures.Add(new Failure("Contacts.TooManyEmails", nameof(input.Emails)));
            return rows;
        }

        foreach (var (value, index) in entered)
        {
            var field = $"{nameof(input.Emails)}[{index}]";
            if (value!.Length > ContactLimits.Email || !FieldRules.IsEmail(value))
            {
                failures.Add(new Failure(Messages.InvalidEmail, field));
                continue;
            }

            var normalized = value.ToLowerInvariant();
            if (rows.All(r => r.Normalized != normalized))
            {
                rows.Add(new ContactEmail { Address = value, Normalized = normalized, Position = rows.Count });
            }
        }

        return rows;
    }

    private List<ContactPhone> ValidatePhones(ContactInput input, List<Failure> failures)
    {
        var rows = new List<ContactPhone>();
        var entered = input.Phones.Select((p, i) => (Value: p?.Trim(), Index: i)).Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        if (entered.Count > ContactLimits.MaxPhones)
        {
            failures.Add(new Failure("Contacts.TooManyPhones", nameof(input.Phones)));
            return rows;
        }

        foreach (var (value, index) in entered)
        {
            var e164 = value!.Length > ContactLimits.Phone ? null : phones.ToE164(value);
            if (e164 is null)
            {
                failures.Add(new Failure(Messages.InvalidPhone, $"{nameof(input.Phones)}[{index}]"));
                continue;
            }

            if (rows.All(r => r.E164 != e164))
            {
                rows.Add(new ContactPhone { Number = value, E164 = e164, Position = rows.Count });
            }
        }

        return rows;
    }
}

/// <summary>The outcome of validation: failures, or the normalized email and phone rows to save.</summary>
public sealed record ValidatedContact(IReadOnlyList<Failure> Failures, List<ContactEmail> Emails, List<ContactPhone> Phones)
{
    public bool IsValid => Failures.Count == 0;
}
