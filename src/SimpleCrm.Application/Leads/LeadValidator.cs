using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>Checks a lead form field by field; answers the failures and the normalized phone to store.</summary>
public sealed class LeadValidator(CrmDbContext db, PhoneNormalizer phones, TimeProvider clock)
{
    /// <summary>
    /// <paramref name="current"/>: the lead as saved, when editing: its retired source and deactivated
    /// owner stay valid on it (they are no longer offered to new leads).
    /// </summary>
    public async Task<ValidatedLead> ValidateAsync(LeadInput input, Lead? current, CancellationToken cancellationToken)
    {
        var fields = ValidateFields(input);
        var failures = new List<Failure>(fields.Failures);
        if (input.StatusId is { } statusId && !await db.LeadStatuses.AnyAsync(s => s.Id == statusId, cancellationToken))
        {
            failures.Add(new Failure(LeadMessages.StatusUnknown, nameof(input.StatusId)));
        }

        if (input.SourceId is { } sourceId && sourceId != current?.SourceId
            && !await db.LeadSources.AnyAsync(s => s.Id == sourceId && s.IsActive, cancellationToken))
        {
            failures.Add(new Failure(LeadMessages.SourceUnknown, nameof(input.SourceId)));
        }

        if (input.ResponsibleUserId is not null && input.ResponsibleUserId != current?.ResponsibleUserId
            && !await db.Users.AnyAsync(u => u.Id == input.ResponsibleUserId && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure(LeadMessages.ResponsibleUnknown, nameof(input.ResponsibleUserId)));
        }

        return fields with { Failures = failures };
    }

    /// <summary>
    /// The checks that need no database: every field's own rules. An import, whose status, source and
    /// responsible user come from lists it read once per run, checks its rows with these alone (three
    /// queries a row would make a 100 000-row import a 300 000-query one).
    /// </summary>
    public ValidatedLead ValidateFields(LeadInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Name, nameof(input.Name));
        FieldRules.MaxLength(failures, input.Name, LeadLimits.Name, nameof(input.Name));
        FieldRules.MaxLength(failures, input.FirstName, ContactLimits.Name, nameof(input.FirstName));
        FieldRules.MaxLength(failures, input.LastName, ContactLimits.Name, nameof(input.LastName));
        FieldRules.MaxLength(failures, input.CompanyName, ContactLimits.Company, nameof(input.CompanyName));
        FieldRules.MaxLength(failures, input.CompanyCode, LeadLimits.CompanyCode, nameof(input.CompanyCode));
        FieldRules.MaxLength(failures, input.Street, ContactLimits.Address, nameof(input.Street));
        FieldRules.MaxLength(failures, input.City, ContactLimits.Name, nameof(input.City));
        FieldRules.MaxLength(failures, input.PostalCode, ContactLimits.PostalCode, nameof(input.PostalCode));
        FieldRules.MaxLength(failures, input.Country, ContactLimits.Name, nameof(input.Country));
        FieldRules.MaxLength(failures, input.Website, ContactLimits.Website, nameof(input.Website));
        FieldRules.MaxLength(failures, input.ProductsOfInterest, LeadLimits.ProductsOfInterest, nameof(input.ProductsOfInterest));

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > ContactLimits.Email || !FieldRules.IsEmail(email)))
        {
            failures.Add(new Failure(Messages.InvalidEmail, nameof(input.Email)));
        }

        string? e164 = null;
        var phone = input.Phone?.Trim();
        if (!string.IsNullOrEmpty(phone))
        {
            e164 = phone.Length > ContactLimits.Phone ? null : phones.ToE164(phone);
            if (e164 is null)
            {
                failures.Add(new Failure(Messages.InvalidPhone, nameof(input.Phone)));
            }
        }

        if (!string.IsNullOrWhiteSpace(input.Website) && !FieldRules.IsWebsite(input.Website.Trim()))
        {
            failures.Add(new Failure("Validation.InvalidWebsite", nameof(input.Website)));
        }

        if (input.BirthDate is { } birthDate && birthDate > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            failures.Add(new Failure(LeadMessages.BirthDateInFuture, nameof(input.BirthDate)));
        }

        if (input.EstimatedAmount < 0)
        {
            failures.Add(new Failure(LeadMessages.AmountNegative, nameof(input.EstimatedAmount)));
        }

        var currency = input.Currency?.Trim();
        if (!string.IsNullOrEmpty(currency) && !FieldRules.IsCurrencyCode(currency))
        {
            failures.Add(new Failure(LeadMessages.CurrencyInvalid, nameof(input.Currency)));
        }

        return new ValidatedLead(failures, e164);
    }
}
