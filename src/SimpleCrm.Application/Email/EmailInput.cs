namespace SimpleCrm.Application.Email;

/// <summary>The compose form: recipient, subject, plain-text body and the record's files to attach.</summary>
public sealed record EmailInput
{
    public string? To { get; init; }

    public string? Subject { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<int> FileIds { get; init; } = [];
}
