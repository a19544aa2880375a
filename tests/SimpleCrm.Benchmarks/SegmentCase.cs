using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Benchmarks;

/// <summary>A saved segment's filter whose live count is measured, as the admin or as the sales rep.</summary>
internal sealed record SegmentCase(string Name, ContactFilter Filter, bool AsSalesRep)
{
    public const double TargetP95Ms = 100;

    /// <summary>Realistic segments, each as the admin and as the rep; <paramref name="listIds"/> are <see cref="ListSeeder.Lists"/>.</summary>
    public static IReadOnlyList<SegmentCase> All(IReadOnlyList<int> listIds)
    {
        (string Name, ContactFilter Filter)[] segments =
        [
            ("VIP in Kraków", new ContactFilter { Tag = "VIP", Search = "kraków" }),
            ("VIP and Partner (all)", new ContactFilter { Tag = "VIP, Partner", AllTags = true }),
            ("people created in 2024", new ContactFilter { Kind = ContactKind.Person, CreatedFrom = new DateOnly(2024, 1, 1), CreatedTo = new DateOnly(2024, 12, 31) }),
            ("newsletter list", new ContactFilter { ListIds = [listIds[0]] }),
            ("fair or webinar, VIP", new ContactFilter { ListIds = [listIds[1], listIds[2]], Tag = "VIP" }),
        ];
        return [.. segments.Select(s => new SegmentCase(s.Name, s.Filter, AsSalesRep: false)),
            .. segments.Select(s => new SegmentCase("rep, " + s.Name, s.Filter, AsSalesRep: true))];
    }
}
