using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Features.CustomFields;

/// <summary>Admin > Custom fields: the fields of one record type, in order (a tab per record type).</summary>
public sealed record CustomFieldIndexViewModel(CustomFieldRecordType RecordType, IReadOnlyList<CustomFieldListItem> Fields);
