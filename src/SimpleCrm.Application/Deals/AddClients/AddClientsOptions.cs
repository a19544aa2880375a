namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>Settings of "Add clients" (section "Deals").</summary>
public sealed class AddClientsOptions
{
    public const string Section = "Deals";

    /// <summary>
    /// The most contacts one "Add clients" may add to a stage. Above it the user is told how many
    /// matched and asked to narrow the choice: a board column of thousands helps nobody, and the
    /// hand-picked ids travel in the form.
    /// </summary>
    public int AddClientsLimit { get; set; } = 1000;
}
