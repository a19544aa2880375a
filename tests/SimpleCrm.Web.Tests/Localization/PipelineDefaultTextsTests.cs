using SimpleCrm.Application.Pipelines;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

/// <summary>The seeded pipeline, the template stages and the seeded lost reasons read in the user's language: each resource key has a text.</summary>
public sealed class PipelineDefaultTextsTests
{
    [Fact]
    public void Every_default_pipeline_stage_and_lost_reason_has_an_english_text_matching_its_seeded_name()
    {
        var seeded = PipelineDefaults.Stages.Select(s => (s.Key, s.Name)).Concat(PipelineDefaults.LostReasons).Append(PipelineDefaults.Pipeline);

        Assert.All(seeded, s => Assert.Equal(s.Name, ResourceFile.English(s.Key)));
    }
}
