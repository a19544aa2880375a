using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>A data row read as a lead: the input to validate, the fields the file gave a value for, its note, or why it cannot be read.</summary>
internal sealed record ImportLeadDraft(
    ImportRow Row, LeadInput Input, IReadOnlySet<string> Given, string? Note, Failure? Problem, IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>> CustomValues);
