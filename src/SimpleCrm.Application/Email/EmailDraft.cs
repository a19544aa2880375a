using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.Email;

/// <summary>What the compose form starts from: the record's name and email, the files it can attach, whether SMTP is set up.</summary>
public sealed record EmailDraft(string RecordName, string? RecordEmail, IReadOnlyList<FileItem> Files, bool IsConfigured);
