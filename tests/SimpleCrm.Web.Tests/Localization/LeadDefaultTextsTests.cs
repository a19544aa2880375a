using SimpleCrm.Application.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

/// <summary>The seeded lead statuses and sources read in the user's language: each resource key has a text.</summary>
public sealed class LeadDefaultTextsTests
{
    [Fact]
    public void Every_default_status_and_source_has_an_english_text_matching_its_seeded_name()
    {
        var seeded = LeadDefaults.Statuses.Select(s => (s.Key, s.Name)).Concat(LeadDefaults.Sources);

        Assert.All(seeded, s => Assert.Equal(s.Name, ResourceFile.English(s.Key)));
    }
}
