using System.Text.Json;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Segments;

/// <summary>A segment's filter to and from its stored JSON. Unknown or broken JSON reads as "no criteria" rather than failing the page.</summary>
public static class SegmentFilterJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(ContactFilter filter) => JsonSerializer.Serialize(filter.ToFilter(), Options);

    public static ContactFilter Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ContactFilter>(json, Options) ?? new ContactFilter();
        }
        catch (JsonException)
        {
            return new ContactFilter();
        }
    }
}
