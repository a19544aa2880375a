namespace SimpleCrm.Application.Contacts;

public enum ContactKind
{
    Person = 0,
    Company = 1,
}
