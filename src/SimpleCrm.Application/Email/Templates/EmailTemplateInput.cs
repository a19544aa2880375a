namespace SimpleCrm.Application.Email.Templates;

/// <summary>What the admin types for an email template.</summary>
public sealed class EmailTemplateInput
{
    public string? Name { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }
}
