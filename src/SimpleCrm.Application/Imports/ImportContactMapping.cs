using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Notes;

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
        var noteText = note.Count == 0 ? null : string.Join('\n', note);
        if (noteText is { Length: > Note.TextMaxLength })
        {
            noteText = noteText[..Note.TextMaxLength];
        }

        return new ImportContactDraft(row, input, given, tags, noteText, problem);
    }

    /// <summary>
    /// A validator's failure pointed at the file's column: "Emails[1]" is the row's second filled email
    /// column, a property the column of that field; the header is what the user knows the value by.
    /// </summary>
    public Failure Locate(Failure failure, ImportRow row)
    {
        var field = failure.Field;
        if (field is null)
        {
            return failure;
        }

        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var key = bracket < 0 ? field : field[..bracket] switch
        {
            nameof(ContactInput.Emails) => ImportFields.Email,
            nameof(ContactInput.Phones) => ImportFields.Phone,
            var other => other,
        };
        var filled = columns.Where(c => c.Target == ImportTargetKind.Field && c.FieldKey == key
            && c.Index < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[c.Index].Text)).ToList();
        var position = bracket < 0 ? 0 : int.TryParse(field[(bracket + 1)..^1], CultureInfo.InvariantCulture, out var n) ? n : -1;
        return position >= 0 && position < filled.Count ? failure with { Field = HeaderOf(filled[position].Index) } : failure with { Field = null };
    }

    /// <summary>The file's name of a column ("#3" when it had none).</summary>
    public string HeaderOf(int index) => index < headers.Count && !string.IsNullOrWhiteSpace(headers[index]) ? headers[index] : "#" + (index + 1);

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
