using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Segments;

/// <summary>What the user sets for a segment: a name, whether everyone may use it, and its filter.</summary>
public sealed class SegmentInput
{
    /// <summary>The longest search text or tag list a segment keeps.</summary>
    public const int TextMaxLength = 1000;

    public string? Name { get; set; }

    public bool IsShared { get; set; }

    public ContactFilter Filter { get; set; } = new();

    /// <summary>The failures of the fields alone; whether the name is taken needs the database.</summary>
    public IReadOnlyList<Failure> Validate()
    {
        var failures = new List<Failure>();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            failures.Add(new Failure(Messages.Required, nameof(Name)));
        }
        else if (name.Length > Segment.NameMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, nameof(Name)));
        }

        if (Filter.CreatedFrom > Filter.CreatedTo)
        {
            failures.Add(new Failure(SegmentMessages.DatesReversed, $"{nameof(Filter)}.{nameof(ContactFilter.CreatedTo)}"));
        }

        if (Filter.Search?.Trim().Length > TextMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, $"{nameof(Filter)}.{nameof(ContactFilter.Search)}"));
        }

        if (Filter.Tag?.Trim().Length > TextMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, $"{nameof(Filter)}.{nameof(ContactFilter.Tag)}"));
        }

        return failures;
    }
}
