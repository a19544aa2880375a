using SimpleCrm.Application.Email;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Emails;

/// <summary>The compose page: the record written from, what it offers (files, its email) and the form's values.</summary>
public sealed record ComposeViewModel(RecordRef Record, EmailDraft Draft, EmailInput Input);
