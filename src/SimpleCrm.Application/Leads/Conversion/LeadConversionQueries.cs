using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>What the conversion page starts from, through the visibility rules of leads and contacts.</summary>
public sealed class LeadConversionQueries(CrmDbContext db, ICurrentUser user, LeadDuplicateFinder duplicates)
{
    /// <summary>
    /// The form prefilled from the lead, or null when the user may not see the lead. The target
    /// proposed follows the lead's data: a person and their company when it names both.
    /// <paramref name="statusId"/>: the Converted status the user picked, kept for the post.
    /// </summary>
    public async Task<LeadConversionDraft?> DraftAsync(int leadId, int? statusId, CancellationToken cancellationToken)
    {
        var contacts = db.Contacts.AsNoTracking().VisibleTo(user);
        var lead = await db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.Id == leadId)
            .Select(l => new
            {
                l.Name, l.FirstName, l.LastName, l.CompanyName, l.CompanyCode, l.Email, l.Phone, l.Website,
                l.Street, l.PostalCode, l.City, l.Country, l.BirthDate, l.Version, l.ProductsOfInterest, l.EstimatedAmount, l.Currency,
                IsConverted = l.ConvertedAt != null || l.Status!.Meaning == LeadStatusMeaning.Converted,
                OwnerName = l.ResponsibleUser != null && l.ResponsibleUser.IsActive ? l.ResponsibleUser.DisplayName : null,
                ContactId = contacts.Where(c => c.Id == l.ContactId).Select(c => (int?)c.Id).FirstOrDefault(),
                ContactName = contacts.Where(c => c.Id == l.ContactId).Select(c => c.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (lead is null)
        {
            return null;
        }

        var hasPerson = lead.FirstName is not null || lead.LastName is not null;
        var pipelines = await PipelineOption.ActiveAsync(db, openOnly: true, cancellationToken);
        var label = string.IsNullOrWhiteSpace(lead.ProductsOfInterest) ? lead.Name : lead.ProductsOfInterest.Trim();
        var input = new LeadConversionInput
        {
            Target = lead.CompanyName is null ? ConversionTarget.Person : hasPerson ? ConversionTarget.PersonAndCompany : ConversionTarget.Company,
            FirstName = lead.FirstName,
            LastName = lead.LastName,
            BirthDate = lead.BirthDate,
            Email = lead.Email,
            Phone = lead.Phone,
            CompanyName = lead.CompanyName,
            Website = lead.Website,
            Street = lead.Street,
            PostalCode = lead.PostalCode,
            City = lead.City,
            Country = lead.Country,
            StatusId = statusId,

            // The deal starts from what the lead said it wants and is worth, in the first pipeline's first stage.
            DealStageId = pipelines.SelectMany(p => p.Stages).Select(s => (int?)s.Id).FirstOrDefault(),
            DealLabel = label.Length > Deal.LabelMaxLength ? label[..Deal.LabelMaxLength] : label,
            DealValue = lead.EstimatedAmount,
            DealCurrency = lead.Currency,
        };

        // The same check as the lead form's duplicate warning; the contacts it finds are the ones to assign to instead.
        var matches = lead.IsConverted ? [] : (await duplicates.FindAsync(
            new LeadInput
            {
                Name = lead.Name, FirstName = lead.FirstName, LastName = lead.LastName, CompanyName = lead.CompanyName,
                CompanyCode = lead.CompanyCode, Email = lead.Email, Phone = lead.Phone,
            },
            leadId,
            cancellationToken)).Where(d => d.Kind == LeadDuplicateKind.Contact).ToList();
        var owner = lead.OwnerName ?? await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return new LeadConversionDraft(leadId, lead.Name, lead.Version, input, lead.CompanyCode, owner, lead.IsConverted, lead.ContactId, lead.ContactName, matches, pipelines);
    }
}
