using SimpleCrm.Application.Email.Templates;

namespace SimpleCrm.Web.Features.EmailTemplates;

/// <summary>The create and edit form of an email template; no id while creating.</summary>
public sealed record EmailTemplateFormViewModel(int? Id, EmailTemplateInput Input)
{
    /// <summary>The placeholders as the admin types them: "{FirstName}, {LastName}, ...".</summary>
    public static string Placeholders => string.Join(", ", EmailPlaceholders.Names.Select(n => "{" + n + "}"));
}
