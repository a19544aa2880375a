using SimpleCrm.Application.Email;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Emails;

/// <summary>
/// The compose page: the record written from, what it offers (files, its email), the form's values,
/// and the email templates to start from (<see cref="TemplateId"/>: the one last filled in).
/// </summary>
public sealed record ComposeViewModel(RecordRef Record, EmailDraft Draft, EmailInput Input, IReadOnlyList<EmailTemplateListItem> Templates, int? TemplateId = null);
