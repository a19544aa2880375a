namespace SimpleCrm.Application.Activities;

/// <summary>What kind of contact with the customer an activity records. A note is not one: notes have their own feature.</summary>
public enum ActivityType
{
    Call = 1,
    Meeting = 2,
    Visit = 3,
}
