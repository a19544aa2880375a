using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The rules a lead row passes before it is placed, shared by the run and the preview: mapped, validated
/// by the lead form's validator, and read into the lead it would be (as the lead form builds it), whose
/// normalized email, phone and company code are its duplicate keys.
/// </summary>
internal static class ImportLeadRows
{
    public static ImportCheckedLead Check(ImportLeadMapping mapping, LeadValidator validator, ImportRow row)
    {
        // Status, source and responsible user were chosen from what the run read once (ImportLeadChoices): only the fields are checked per row.
        var draft = mapping.Map(row);
        var validated = validator.ValidateFields(draft.Input);
        var problems = new List<Failure>();
        if (draft.Problem is { } problem)
        {
            problems.Add(problem);
        }

        problems.AddRange(validated.Failures.Select(f => mapping.Locate(f, row)));
        var lead = new Lead
        {
            StatusId = draft.Input.StatusId ?? mapping.Choices.DefaultStatusId,
            SourceId = draft.Input.SourceId ?? mapping.Choices.DefaultSourceId,
            ResponsibleUserId = draft.Input.ResponsibleUserId,
        };
        if (!string.IsNullOrWhiteSpace(draft.Input.Name))
        {
            LeadCommands.Apply(lead, draft.Input, validated);
        }

        return new ImportCheckedLead(draft, lead, problems);
    }

    public static IReadOnlyList<string> KeysOf(Lead lead) =>
    [
        .. new[] { lead.EmailKey is null ? null : "e:" + lead.EmailKey, lead.PhoneE164 is null ? null : "p:" + lead.PhoneE164, lead.CompanyCodeKey is null ? null : "c:" + lead.CompanyCodeKey }
            .OfType<string>(),
    ];
}
