using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;

namespace SimpleCrm.Web.Features.Contacts;

/// <summary>
/// Finds the header of a scoped contact list: a segment (one the user may not use is 404, as any id
/// they may not see), or the one list the query is limited to (a list's own page).
/// </summary>
public sealed class ContactListScopes(ListQueries lists, SegmentQueries segments)
{
    public async Task<ContactListSurroundings> ResolveAsync(ContactListQuery query, CancellationToken cancellationToken)
    {
        var options = await lists.OptionsAsync(cancellationToken);
        if (query.SegmentId is { } segmentId)
        {
            var segment = await segments.GetAsync(segmentId, cancellationToken);
            return segment is null
                ? new ContactListSurroundings(null, options, IsNotFound: true)
                : new ContactListSurroundings(new ContactListScope(ContactListScopeKind.Segment, segment.Id, segment.Name, null, segment.MayChange, segment.ContactCount), options);
        }

        if (query.ListIds.Count == 1 && await lists.GetAsync(query.ListIds[0], cancellationToken) is { } list)
        {
            return new ContactListSurroundings(new ContactListScope(ContactListScopeKind.List, list.Id, list.Name, list.Description, list.MayChange, list.MemberCount), options);
        }

        return new ContactListSurroundings(null, options);
    }
}
