using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;

namespace SimpleCrm.Web.Features.History;

/// <summary>One page of a lead's timeline and the lead it belongs to (for the pager's links).</summary>
public sealed record LeadTimelineViewModel(int LeadId, Page<HistoryLine> Lines);
