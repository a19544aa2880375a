namespace SimpleCrm.Web.Features.Contacts;

public enum ContactListScopeKind
{
    List,
    Segment,
    Selection,
}
