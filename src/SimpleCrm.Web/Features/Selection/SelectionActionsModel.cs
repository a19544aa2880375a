namespace SimpleCrm.Web.Features.Selection;

/// <summary>The basket's part of the selection bar: its count and what can be done with it. Re-sent after every tick.</summary>
public sealed record SelectionActionsModel(int Count, string ReturnUrl, bool OnSelectedView);
