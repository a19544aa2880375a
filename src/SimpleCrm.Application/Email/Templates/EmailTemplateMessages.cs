namespace SimpleCrm.Application.Email.Templates;

/// <summary>Message keys of email templates; each is a key in the resource files.</summary>
public static class EmailTemplateMessages
{
    public const string NameTaken = "EmailTemplates.NameTaken";

    /// <summary>"Unknown placeholder {X}": the argument is the placeholder as typed.</summary>
    public const string UnknownPlaceholder = "EmailTemplates.UnknownPlaceholder";
}
