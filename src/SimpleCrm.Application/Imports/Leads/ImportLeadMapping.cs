using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Reads a row's cells into a lead input by the import's mapping, as the contact mapping does: text as
/// typed, dates and amounts in the import's culture; Status, Source and Responsible by name (else the
/// defaults). A row without a Name cell is named after its person, else its company, as the lead form names it.
/// </summary>
internal sealed class ImportLeadMapping(IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> headers, CultureInfo culture, ImportLeadChoices choices, ImportCustomFields customFields)
{
    public ImportLeadChoices Choices => choices;

    public ImportCustomFields CustomFields => customFields;

    public ImportLeadDraft Map(ImportRow row)
    {
        var input = new LeadInput();
        var given = new HashSet<string>(StringComparer.Ordinal);
        var note = new List<string>();
        Failure? problem = row.Problem is null ? null : new Failure(row.Problem);
        string? status = null, source = null, responsible = null;
        foreach (var column in columns)
        {
            var cell = column.Index < row.Cells.Count ? row.Cells[column.Index] : default;
            if (ImportValues.Text(cell) is not { } text)
            {
                continue;
            }

            switch (column.Target)
            {
                case ImportTargetKind.Note:
                    note.Add(HeaderOf(column.Index) + ": " + text);
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.BirthDate:
                    var date = ImportValues.Date(cell, culture);
                    input.BirthDate = date.Value;
                    problem ??= date.Problem is null ? null : new Failure(ImportMessages.InvalidDate, HeaderOf(column.Index));
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.EstimatedAmount:
                    var amount = ImportValues.AmountIn(cell, culture);
                    input.EstimatedAmount = amount.Value;
                    problem ??= amount.Problem is null ? null : new Failure(ImportMessages.InvalidNumber, HeaderOf(column.Index));
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.Status:
                    status = text;
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.Source:
                    source = text;
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.Responsible:
                    responsible = text;
                    break;
                case ImportTargetKind.Field when column.FieldKey is not null:
                    Set(input, column.FieldKey, text);
                    break;
                default:
                    continue;
            }

            if (column.FieldKey is not null)
            {
                given.Add(column.FieldKey);
            }
        }

        input.StatusId = choices.StatusOf(status);
        input.SourceId = choices.SourceOf(source);
        input.ResponsibleUserId = choices.ResponsibleOf(responsible);
        input.Name ??= LeadKeys.Person(input.FirstName, input.LastName) is null
            ? input.CompanyName
            : string.Join(' ', new[] { input.FirstName, input.LastName }.Where(p => p is not null));
        var (custom, customProblem) = customFields.Read(row, culture, HeaderOf);
        return new ImportLeadDraft(row, input, given, ImportNoteText.Of(note), problem ?? customProblem, custom);
    }

    /// <summary>A validator's failure named by the file's column (see <see cref="ImportColumnNames"/>).</summary>
    public Failure Locate(Failure failure, ImportRow row) => ImportColumnNames.Locate(failure, row, columns, headers);

    public string HeaderOf(int index) => ImportColumnNames.HeaderOf(headers, index);

    private static void Set(LeadInput input, string key, string text)
    {
        switch (key)
        {
            case ImportFields.Name: input.Name = text; break;
            case ImportFields.FirstName: input.FirstName = text; break;
            case ImportFields.LastName: input.LastName = text; break;
            case ImportFields.CompanyName: input.CompanyName = text; break;
            case ImportFields.CompanyCode: input.CompanyCode = text; break;
            case ImportFields.Email: input.Email = text; break;
            case ImportFields.Phone: input.Phone = text; break;
            case ImportFields.Website: input.Website = text; break;
            case ImportFields.Street: input.Street = text; break;
            case ImportFields.City: input.City = text; break;
            case ImportFields.PostalCode: input.PostalCode = text; break;
            case ImportFields.Country: input.Country = text; break;
            case ImportFields.Currency: input.Currency = text; break;
            case ImportFields.ProductsOfInterest: input.ProductsOfInterest = text; break;
        }
    }
}
