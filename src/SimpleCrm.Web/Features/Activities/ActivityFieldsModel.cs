namespace SimpleCrm.Web.Features.Activities;

/// <summary>
/// The fields of an activity, shared by the timeline's log form and the form page. <see cref="IdPrefix"/>
/// keeps the ids unique where two timelines could share a page; <see cref="OfferNote"/>: a new entry
/// may be a note, an edited activity stays an activity.
/// </summary>
public sealed record ActivityFieldsModel(ActivityForm Form, string IdPrefix, bool OfferNote);
