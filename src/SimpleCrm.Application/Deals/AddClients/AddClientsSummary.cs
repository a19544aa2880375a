namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>
/// What "Add clients" would do (step 4): how many contacts the lists and segments matched, how many
/// fell out as the same person under another contact (a shared email), how many were picked by hand
/// (null when all are added), how many already hold an open deal with the label in the pipeline, and
/// how many deals that leaves. Over <see cref="Limit"/> nothing may be added.
/// </summary>
public sealed record AddClientsSummary(int Matched, int EmailDuplicates, int? Picked, int AlreadyInPipeline, int ToAdd, int Limit)
{
    public bool OverLimit => ToAdd > Limit;
}
