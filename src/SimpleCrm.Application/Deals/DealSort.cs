namespace SimpleCrm.Application.Deals;

/// <summary>The list view's sort keys.</summary>
public enum DealSort
{
    LastActivity = 0,
    Label = 1,
    Email = 2,
    Stage = 3,
    Value = 4,
    Responsible = 5,
    CloseBy = 6,
}
