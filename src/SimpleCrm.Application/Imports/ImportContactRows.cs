using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The rules a contact row passes before it is placed, shared by the run and the preview so the
/// preview shows exactly what the run will do: the row mapped, then validated, with every problem in
/// order (the reader's, the mapping's, the validator's), and the duplicate keys of its emails and phones.
/// </summary>
internal static class ImportContactRows
{
    public static async Task<ImportCheckedContact> CheckAsync(ImportContactMapping mapping, ContactValidator validator, ImportRow row, CancellationToken cancellationToken)
    {
        var draft = mapping.Map(row);
        var validated = await validator.ValidateAsync(draft.Input, cancellationToken);
        var problems = new List<Failure>();
        if (draft.Problem is { } problem)
        {
            problems.Add(problem);
        }

        problems.AddRange(validated.Failures.Select(f => mapping.Locate(f, row)));
        return new ImportCheckedContact(draft, validated, problems);
    }

    public static IEnumerable<string> KeysOf(ValidatedContact validated) =>
        validated.Emails.Select(e => KnownContacts.EmailKey(e.Normalized)).Concat(validated.Phones.Select(p => KnownContacts.PhoneKey(p.E164!)));
}
