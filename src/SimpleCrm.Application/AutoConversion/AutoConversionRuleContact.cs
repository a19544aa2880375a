namespace SimpleCrm.Application.AutoConversion;

/// <summary>
/// A contact a rule has handled: claimed before its deal is written, in the same transaction. The
/// unique (rule, contact) key is what makes a rule convert a contact once, however many runs race.
/// <see cref="DealId"/> stays empty when the contact was skipped (deleted, or already holding an
/// open deal with the label).
/// </summary>
public sealed class AutoConversionRuleContact
{
    public int RuleId { get; set; }

    public int ContactId { get; set; }

    public int? DealId { get; set; }

    public DateTime At { get; set; }

    /// <summary>The run that claimed the row: lets that run find exactly its own claims.</summary>
    public Guid RunId { get; set; }
}
