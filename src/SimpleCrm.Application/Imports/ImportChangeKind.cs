namespace SimpleCrm.Application.Imports;

public enum ImportChangeKind
{
    Created,
    Updated,
}
