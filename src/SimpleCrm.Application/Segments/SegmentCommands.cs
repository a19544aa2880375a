using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Segments;

/// <summary>Saves, changes and deletes segments. The signed-in user owns what they save; only the owner or an admin changes it.</summary>
public sealed class SegmentCommands(CrmDbContext db, ICurrentUser user)
{
    public async Task<Result<int>> CreateAsync(SegmentInput input, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } ownerId)
        {
            return Result<int>.NotFound();
        }

        var failures = await ValidateAsync(input, ownerId, exceptId: null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var segment = new Segment { OwnerId = ownerId };
        Apply(segment, input);
        db.Segments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(segment.Id);
    }

    /// <summary>The form's values of a segment the user may change; not found for any other.</summary>
    public async Task<Result<SegmentInput>> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var segment = await FindChangeableAsync(id, cancellationToken);
        return segment is null
            ? Result<SegmentInput>.NotFound()
            : Result<SegmentInput>.Ok(new SegmentInput { Name = segment.Name, IsShared = segment.IsShared, Filter = SegmentFilterJson.Read(segment.Filter) });
    }

    public async Task<Result> UpdateAsync(int id, SegmentInput input, CancellationToken cancellationToken)
    {
        var segment = await FindChangeableAsync(id, cancellationToken);
        if (segment is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(input, segment.OwnerId, id, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        Apply(segment, input);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var segment = await FindChangeableAsync(id, cancellationToken);
        if (segment is null)
        {
            return Result.NotFound();
        }

        db.Segments.Remove(segment);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>A segment the user may use and change; one they may not even see reads as missing (404, not 403).</summary>
    private async Task<Segment?> FindChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var segment = await db.Segments.VisibleTo(user).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return segment is not null && SegmentVisibility.MayChange(segment, user) ? segment : null;
    }

    private static void Apply(Segment segment, SegmentInput input)
    {
        segment.Name = input.Name!.Trim();
        segment.IsShared = input.IsShared;
        segment.Filter = SegmentFilterJson.Write(input.Filter);
    }

    /// <summary>One owner's segments have different names (in any case), so the segment menu is unambiguous; two users may both have "My hot leads".</summary>
    private async Task<List<Failure>> ValidateAsync(SegmentInput input, string ownerId, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = input.Validate().ToList();
        if (failures.Count == 0)
        {
            var name = input.Name!.Trim();
            var names = await db.Segments.AsNoTracking().Where(s => s.OwnerId == ownerId && s.Id != exceptId && s.Name.Length == name.Length)
                .Select(s => s.Name).ToListAsync(cancellationToken);
            if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add(new Failure(SegmentMessages.NameTaken, nameof(SegmentInput.Name)));
            }
        }

        return failures;
    }
}
