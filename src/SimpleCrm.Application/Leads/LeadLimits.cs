namespace SimpleCrm.Application.Leads;

/// <summary>Column lengths of leads, shared by the model and validation (the contact fields reuse the contacts' lengths).</summary>
public static class LeadLimits
{
    public const int Name = 200;
    public const int CompanyCode = 40;
    public const int Currency = 3;
    public const int ProductsOfInterest = 2000;
}
