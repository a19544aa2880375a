using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Lists;

/// <summary>What the user types for a list: its name and an optional description.</summary>
public sealed class ListInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>What makes two list names the same name.</summary>
    public static string NameKeyOf(string name) => name.Trim().ToLowerInvariant();

    /// <summary>The failures of the fields alone; whether the name is taken needs the database.</summary>
    public IReadOnlyList<Failure> Validate()
    {
        var failures = new List<Failure>();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            failures.Add(new Failure(Messages.Required, nameof(Name)));
        }
        else if (name.Length > ContactList.NameMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, nameof(Name)));
        }

        if (Description?.Trim().Length > ContactList.DescriptionMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, nameof(Description)));
        }

        return failures;
    }
}
