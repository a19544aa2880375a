using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>
/// What the conversion page posts: what to create and the data for it, prefilled from the lead. The
/// person's fields (names, birth date, email, phone) go to the person; the company's (name, website,
/// address, notes) to the company. With one contact only, it gets all of them. "Create a deal" adds a
/// deal for the contact (new or assigned) in the stage chosen.
/// </summary>
public sealed class LeadConversionInput
{
    public ConversionTarget Target { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? CompanyName { get; set; }

    public string? Website { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? Notes { get; set; }

    /// <summary>The Converted status to put the lead in (the one the user chose on the board or the form); the first Converted status when none.</summary>
    public int? StatusId { get; set; }

    /// <summary>"Create a deal": the contact (new or assigned) also gets a deal in <see cref="DealStageId"/>.</summary>
    public bool CreateDeal { get; set; }

    /// <summary>An Open stage of an active pipeline: the stage says the pipeline.</summary>
    public int? DealStageId { get; set; }

    public string? DealLabel { get; set; }

    public decimal? DealValue { get; set; }

    public string? DealCurrency { get; set; }

    public bool CreatesPerson => Target != ConversionTarget.Company;

    public bool CreatesCompany => Target != ConversionTarget.Person;

    /// <summary>The person contact, owned by <paramref name="ownerId"/>, as the contact form would post it.</summary>
    public ContactInput ToPerson(string? ownerId)
    {
        var alone = !CreatesCompany;
        return new ContactInput
        {
            Kind = ContactKind.Person,
            FirstName = FirstName,
            LastName = LastName,
            BirthDate = BirthDate,
            CompanyName = CompanyName,
            Emails = [Email],
            Phones = [Phone],
            Website = alone ? Website : null,
            Street = alone ? Street : null,
            PostalCode = alone ? PostalCode : null,
            City = alone ? City : null,
            Country = alone ? Country : null,
            Notes = alone ? Notes : null,
            ResponsibleUserId = ownerId,
        };
    }

    /// <summary>The company contact, owned by <paramref name="ownerId"/>; it keeps the email and phone only when no person takes them.</summary>
    public ContactInput ToCompany(string? ownerId)
    {
        var alone = !CreatesPerson;
        return new ContactInput
        {
            Kind = ContactKind.Company,
            CompanyName = CompanyName,
            Emails = alone ? [Email] : [],
            Phones = alone ? [Phone] : [],
            Website = Website,
            Street = Street,
            PostalCode = PostalCode,
            City = City,
            Country = Country,
            Notes = Notes,
            ResponsibleUserId = ownerId,
        };
    }

    /// <summary>The field of this form a contact validation failure belongs to ("Emails[0]" is the email).</summary>
    public static string? FieldOf(string? contactField) => contactField switch
    {
        null => null,
        _ when contactField.StartsWith(nameof(ContactInput.Emails), StringComparison.Ordinal) => nameof(Email),
        _ when contactField.StartsWith(nameof(ContactInput.Phones), StringComparison.Ordinal) => nameof(Phone),
        nameof(ContactInput.ResponsibleUserId) => null,
        _ => contactField,
    };
}
