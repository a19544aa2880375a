using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Email.Templates;

/// <summary>
/// The compose page's templates: which there are, and one filled with a record's values. A lead gives
/// its contact data's names, its company and email; a contact person its own names and its company's
/// name; a company contact its own name as {Company}. {Owner} is the responsible user's display name.
/// </summary>
public sealed class EmailTemplateRendering(CrmDbContext db, ICurrentUser user)
{
    /// <summary>Every template by name: any user writing an email may use them.</summary>
    public async Task<IReadOnlyList<EmailTemplateListItem>> OptionsAsync(CancellationToken cancellationToken) =>
        await db.EmailTemplates.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new EmailTemplateListItem(t.Id, t.Name, t.Subject)).ToListAsync(cancellationToken);

    /// <summary>The template's subject and body filled with the record's values; not found when the record is not visible or the template is gone.</summary>
    public async Task<Result<EmailInput>> RenderAsync(int templateId, RecordRef record, CancellationToken cancellationToken)
    {
        var template = await db.EmailTemplates.AsNoTracking().Where(t => t.Id == templateId)
            .Select(t => new { t.Subject, t.Body }).SingleOrDefaultAsync(cancellationToken);
        var values = template is null ? null : await ValuesAsync(record, cancellationToken);
        return values is null
            ? Result<EmailInput>.NotFound()
            : Result<EmailInput>.Ok(new EmailInput
            {
                Subject = EmailPlaceholders.Render(template!.Subject, values),
                Body = EmailPlaceholders.Render(template.Body, values),
            });
    }

    private static readonly System.Linq.Expressions.Expression<Func<Contact, EmailPlaceholderValues>> ContactValues = c => new EmailPlaceholderValues(
        c.FirstName,
        c.LastName,
        c.Kind == ContactKind.Company ? c.CompanyName : c.Company != null ? c.Company.CompanyName : c.CompanyName,
        c.ResponsibleUser!.DisplayName,
        c.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault());

    private Task<EmailPlaceholderValues?> ValuesAsync(RecordRef record, CancellationToken cancellationToken) => record.Type switch
    {
        HistoryRecordTypes.Lead => db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.Id == record.Id)
            .Select(l => new EmailPlaceholderValues(l.FirstName, l.LastName, l.CompanyName, l.ResponsibleUser!.DisplayName, l.Email))
            .SingleOrDefaultAsync(cancellationToken),
        HistoryRecordTypes.Contact => db.Contacts.AsNoTracking().VisibleTo(user).Where(c => c.Id == record.Id).Select(ContactValues).SingleOrDefaultAsync(cancellationToken),

        // A deal's mail goes to its contact: the contact's values, the deal's visibility.
        HistoryRecordTypes.Deal => db.Deals.AsNoTracking().VisibleTo(user).Where(d => d.Id == record.Id).Select(d => d.Contact!).Select(ContactValues).SingleOrDefaultAsync(cancellationToken),
        _ => Task.FromResult<EmailPlaceholderValues?>(null),
    };
}
