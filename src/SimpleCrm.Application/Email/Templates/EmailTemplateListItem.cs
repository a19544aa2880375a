namespace SimpleCrm.Application.Email.Templates;

/// <summary>A template in the admin list and in the compose page's choice.</summary>
public sealed record EmailTemplateListItem(int Id, string Name, string Subject);
