using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Reads a row's cells into a contact input by the import's mapping. Text is taken as typed: a
/// value starting with = + - @ stays plain text in the database (exports neutralise it again). Dates
/// are read in the import's culture besides the formats every culture accepts.
/// </summary>
public sealed class ImportContactMapping(IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> headers, CultureInfo culture)
{
    // "Company" in the five UI languages and as other CRMs export the kind.
    private static readonly HashSet<string> CompanyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "organization", "organisation", "firma", "įmonė", "imone", "spoločnosť", "spolocnost", "компания", "организация",
    };

    internal ImportContactMapping(IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> headers, CultureInfo culture, ImportCustomFields customFields)
        : this(columns, headers, culture) => CustomFields = customFields;

    internal ImportCustomFields CustomFields { get; } = ImportCustomFields.None;

    public ImportContactDraft Map(ImportRow row)
    {
        var input = new ContactInput();
        var given = new HashSet<string>(StringComparer.Ordinal);
        var tags = new List<string>();
        var note = new List<string>();
        Failure? problem = row.Problem is null ? null : new Failure(row.Problem);
        string? kind = null;
        foreach (var column in columns)
        {
            var cell = column.Index < row.Cells.Count ? row.Cells[column.Index] : default;
            var text = cell.Text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            switch (column.Target)
            {
                case ImportTargetKind.Note:
                    note.Add(HeaderOf(column.Index) + ": " + text);
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.Kind:
                    kind = text;
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.Tags:
                    tags.AddRange(ImportValues.Tags(cell));
                    break;
                case ImportTargetKind.Field when column.FieldKey == ImportFields.BirthDate:
                    if (ImportValues.Date(cell, culture) is { Problem: null, Value: { } date })
                    {
                        input.BirthDate = date;
                        given.Add(ImportFields.BirthDate);
                    }
                    else
                    {
                        problem ??= new Failure(ImportMessages.InvalidDate, HeaderOf(column.Index));
                    }

                    break;
                case ImportTargetKind.Field when column.FieldKey is not null:
                    Set(input, column.FieldKey, text);
                    given.Add(column.FieldKey);
                    break;
            }
        }

        input.Kind = kind is not null
            ? CompanyWords.Contains(kind) ? ContactKind.Company : ContactKind.Person
            : input.FirstName is null && input.LastName is null && input.CompanyName is not null ? ContactKind.Company : ContactKind.Person;
        var (custom, customProblem) = CustomFields.Read(row, culture, HeaderOf);
        return new ImportContactDraft(row, input, given, tags, ImportNoteText.Of(note), problem ?? customProblem) { CustomValues = custom };
    }

    /// <summary>A validator's failure named by the file's column (see <see cref="ImportColumnNames"/>).</summary>
    public Failure Locate(Failure failure, ImportRow row) => ImportColumnNames.Locate(failure, row, columns, headers);

    /// <summary>The file's name of a column ("#3" when it had none).</summary>
    public string HeaderOf(int index) => ImportColumnNames.HeaderOf(headers, index);

    private static void Set(ContactInput input, string key, string text)
    {
        switch (key)
        {
            case ImportFields.FirstName: input.FirstName = text; break;
            case ImportFields.LastName: input.LastName = text; break;
            case ImportFields.CompanyName: input.CompanyName = text; break;
            case ImportFields.Position: input.Position = text; break;
            case ImportFields.Email: input.Emails.Add(text); break;
            case ImportFields.Phone: input.Phones.Add(text); break;
            case ImportFields.Street: input.Street = text; break;
            case ImportFields.City: input.City = text; break;
            case ImportFields.PostalCode: input.PostalCode = text; break;
            case ImportFields.Country: input.Country = text; break;
            case ImportFields.Website: input.Website = text; break;
            case ImportFields.Notes: input.Notes = text; break;
        }
    }
}
