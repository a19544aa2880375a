using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Email.Templates;

/// <summary>Admin › Email templates: list, create, edit, delete. Only an admin reads or writes them here.</summary>
public sealed class EmailTemplateAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<EmailTemplateListItem>> ListAsync(CancellationToken cancellationToken) =>
        IsAdmin
            ? await db.EmailTemplates.AsNoTracking().OrderBy(t => t.Name)
                .Select(t => new EmailTemplateListItem(t.Id, t.Name, t.Subject)).ToListAsync(cancellationToken)
            : [];

    public async Task<Result<EmailTemplateInput>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var input = IsAdmin
            ? await db.EmailTemplates.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new EmailTemplateInput { Name = t.Name, Subject = t.Subject, Body = t.Body })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return input is null ? Result<EmailTemplateInput>.NotFound() : Result<EmailTemplateInput>.Ok(input);
    }

    public async Task<Result<int>> CreateAsync(EmailTemplateInput input, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<int>.NotFound();
        }

        var failures = await ValidateAsync(input, exceptId: null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var template = new EmailTemplate();
        Apply(template, input);
        db.EmailTemplates.Add(template);
        return await SaveAsync(cancellationToken) is { } conflict ? Result<int>.Fail(conflict) : Result<int>.Ok(template.Id);
    }

    public async Task<Result> UpdateAsync(int id, EmailTemplateInput input, CancellationToken cancellationToken)
    {
        var template = IsAdmin ? await db.EmailTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (template is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(input, id, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        Apply(template, input);
        return await SaveAsync(cancellationToken) is { } conflict ? Result.Fail(conflict) : Result.Success;
    }

    /// <summary>Deletes the template; emails written with it keep their text (they never pointed to it).</summary>
    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = IsAdmin ? await db.EmailTemplates.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) : 0;
        return deleted == 0 ? Result.NotFound() : Result.Success;
    }

    private static string NameKeyOf(string name) => name.Trim().ToLowerInvariant();

    private static void Apply(EmailTemplate template, EmailTemplateInput input)
    {
        template.Name = input.Name!.Trim();
        template.NameKey = NameKeyOf(input.Name);
        template.Subject = input.Subject!.Trim();
        template.Body = input.Body ?? string.Empty;
    }

    private async Task<List<Failure>> ValidateAsync(EmailTemplateInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Name, nameof(EmailTemplateInput.Name));
        FieldRules.MaxLength(failures, input.Name?.Trim(), EmailTemplate.NameMaxLength, nameof(EmailTemplateInput.Name));
        FieldRules.Require(failures, input.Subject, nameof(EmailTemplateInput.Subject));
        FieldRules.MaxLength(failures, input.Subject?.Trim(), OutgoingEmail.SubjectMaxLength, nameof(EmailTemplateInput.Subject));
        FieldRules.MaxLength(failures, input.Body, OutgoingEmail.BodyMaxLength, nameof(EmailTemplateInput.Body));
        if (EmailPlaceholders.Unknown(input.Subject).Count > 0)
        {
            failures.Add(new Failure(EmailTemplateMessages.UnknownPlaceholder, nameof(EmailTemplateInput.Subject)));
        }

        if (EmailPlaceholders.Unknown(input.Body).Count > 0)
        {
            failures.Add(new Failure(EmailTemplateMessages.UnknownPlaceholder, nameof(EmailTemplateInput.Body)));
        }

        if (failures.All(f => f.Field != nameof(EmailTemplateInput.Name))
            && await db.EmailTemplates.AnyAsync(t => t.NameKey == NameKeyOf(input.Name!) && t.Id != exceptId, cancellationToken))
        {
            failures.Add(new Failure(EmailTemplateMessages.NameTaken, nameof(EmailTemplateInput.Name)));
        }

        return failures;
    }

    private Task<Failure?> SaveAsync(CancellationToken cancellationToken) =>
        db.SaveOrNameTakenAsync(new Failure(EmailTemplateMessages.NameTaken, nameof(EmailTemplateInput.Name)), cancellationToken);
}
