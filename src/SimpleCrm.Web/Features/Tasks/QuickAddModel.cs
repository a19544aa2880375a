using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>The quick add form: on a record or on none, its due date filled with today, and where to go back to.</summary>
public sealed record QuickAddModel(RecordRef? Record, string DefaultDue, string ReturnUrl);
