using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>Builds contact inputs: a valid person by default, changed only where a test cares.</summary>
public sealed class ContactInputBuilder
{
    private readonly ContactInput _input = new() { Kind = ContactKind.Person, FirstName = "Jan", LastName = "Kowalski" };

    public static ContactInputBuilder APerson(string first = "Jan", string last = "Kowalski") =>
        new ContactInputBuilder().With(i =>
        {
            i.FirstName = first;
            i.LastName = last;
        });

    public static ContactInputBuilder ACompany(string name) =>
        new ContactInputBuilder().With(i =>
        {
            i.Kind = ContactKind.Company;
            i.FirstName = null;
            i.LastName = null;
            i.CompanyName = name;
        });

    public ContactInputBuilder With(Action<ContactInput> change)
    {
        change(_input);
        return this;
    }

    public ContactInputBuilder WithEmails(params string?[] emails) => With(i => i.Emails = [.. emails]);

    public ContactInputBuilder WithPhones(params string?[] phones) => With(i => i.Phones = [.. phones]);

    public ContactInputBuilder WorkingAt(string company) => With(i => i.CompanyName = company);

    public ContactInputBuilder OwnedBy(string? userId) => With(i => i.ResponsibleUserId = userId);

    public ContactInput Build() => _input;
}
