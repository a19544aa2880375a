using SimpleCrm.Application.Email;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Emails;

public sealed record RecordEmailsViewModel(RecordRef Record, IReadOnlyList<OutgoingEmailItem> Emails);
