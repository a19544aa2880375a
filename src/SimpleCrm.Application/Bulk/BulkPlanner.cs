using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Bulk;

/// <summary>Checks a bulk request's arguments and the user's right to it, resolving names and ids to rows.</summary>
public sealed class BulkPlanner(CrmDbContext db, ICurrentUser user, TagCommands tagCommands)
{
    internal async Task<Result<BulkPlan>> PlanAsync(BulkRequest request, CancellationToken cancellationToken)
    {
        var plan = new BulkPlan(request.Action);
        switch (request.Action)
        {
            case BulkActionKind.AddTags:
            case BulkActionKind.RemoveTags:
                var names = TagNames.Parse(request.Tags);
                if (!names.Succeeded)
                {
                    return Result<BulkPlan>.Fail([.. names.Failures.Select(f => f with { Field = nameof(BulkRequest.Tags) })]);
                }

                var keys = names.Value!.Select(Tag.KeyOf).ToList();
                var tags = request.Action == BulkActionKind.AddTags
                    ? await tagCommands.FindOrCreateAsync(names.Value!, cancellationToken)
                    : await db.Tags.AsNoTracking().Where(t => keys.Contains(t.NameKey)).ToListAsync(cancellationToken);
                return Result<BulkPlan>.Ok(plan with { Tags = tags });

            case BulkActionKind.AddToList:
            case BulkActionKind.RemoveFromList:
                var list = await db.ContactLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == request.ListId, cancellationToken);
                return list is null
                    ? Result<BulkPlan>.Fail(new Failure(BulkMessages.ListRequired, nameof(BulkRequest.ListId)))
                    : Result<BulkPlan>.Ok(plan with { List = list });

            case BulkActionKind.SetResponsible:
                var responsible = await db.Users.Where(u => u.Id == request.ResponsibleUserId && u.IsActive)
                    .Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
                return responsible is null
                    ? Result<BulkPlan>.Fail(new Failure(BulkMessages.ResponsibleRequired, nameof(BulkRequest.ResponsibleUserId)))
                    : Result<BulkPlan>.Ok(plan with { ResponsibleUserId = responsible.Id, ResponsibleName = responsible.DisplayName });

            case BulkActionKind.SetAccessClass:
                // As on the form: only roles that see every contact may move contacts between classes.
                if (!ContactVisibility.SeesAll(user))
                {
                    return Result<BulkPlan>.Fail(new Failure(BulkMessages.AccessClassNotAllowed));
                }

                if (request.AccessClassId is not { } classId)
                {
                    return Result<BulkPlan>.Ok(plan);
                }

                var className = await db.AccessClasses.Where(a => a.Id == classId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
                return className is null
                    ? Result<BulkPlan>.Fail(new Failure(ContactAccessClassSetter.UnknownClass, nameof(BulkRequest.AccessClassId)))
                    : Result<BulkPlan>.Ok(plan with { AccessClassId = classId, AccessClassName = className });

            case BulkActionKind.Delete:
                return Result<BulkPlan>.Ok(plan);

            default:
                return Result<BulkPlan>.Fail(new Failure(BulkMessages.UnknownAction, nameof(BulkRequest.Action)));
        }
    }
}
