using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Activities;

/// <summary>The activity form page: a refused log (no <see cref="ActivityId"/>) or an edit, and where to go back to.</summary>
public sealed record ActivityFormViewModel(RecordRef Record, int? ActivityId, ActivityForm Form, string? ReturnUrl);
