using SimpleCrm.Application.Common;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.AutoConversion;

/// <summary>
/// Who evaluates a segment rule in the background: the system, seeing every contact, yet able to
/// read the segment even when it is its owner's private one (the rule was made from it).
/// </summary>
internal sealed class SegmentOwnerAsSystem(string ownerId) : ICurrentUser
{
    public string? UserId => ownerId;

    public IReadOnlyCollection<int> AccessClassIds => [];

    public bool IsInRole(string role) => role == Roles.Admin;
}
