using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.AccessClasses;

/// <summary>What the admin types for an access class: its name and an optional description.</summary>
public sealed class AccessClassInput
{
    public const int DescriptionMaxLength = 500;

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The failures of the fields alone; the name's uniqueness needs the database.</summary>
    public IReadOnlyList<Failure> Validate()
    {
        var failures = new List<Failure>();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            failures.Add(new Failure(Messages.Required, nameof(Name)));
        }
        else if (name.Length > AccessClass.NameMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, nameof(Name)));
        }

        if (Description?.Trim().Length > DescriptionMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, nameof(Description)));
        }

        return failures;
    }

    /// <summary>The key that makes names unique without regard to case.</summary>
    public static string NameKeyOf(string name) => name.Trim().ToLowerInvariant();
}
