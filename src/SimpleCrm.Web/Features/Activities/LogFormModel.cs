using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Activities;

/// <summary>The log form at the top of a record's timeline, and the page it goes back to.</summary>
public sealed record LogFormModel(RecordRef Record, string ReturnUrl);
