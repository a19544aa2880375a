namespace SimpleCrm.Benchmarks;

/// <summary>The names, places and phone shape of one country our users sell in.</summary>
internal sealed record Market(
    string Country,
    string Region,
    string EmailDomain,
    string[] MaleFirst,
    string[] FemaleFirst,
    string[] MaleLast,
    string[] FemaleLast,
    string[] Cities,
    string[] CompanyStems,
    string[] CompanyForms,
    Func<string, string, string> CompanyName,
    string[] Positions,
    Func<Random, string> Phone);
