namespace SimpleCrm.Application.Contacts;

public enum ContactSort
{
    Name = 0,
    Company = 1,
    Responsible = 2,
    Created = 3,
}
