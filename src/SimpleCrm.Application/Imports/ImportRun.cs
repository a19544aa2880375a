using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Imports;

/// <summary>What every batch of one run shares: the import, who runs it, the mapping and the resolved defaults.</summary>
internal sealed record ImportRun(
    CrmDbContext Db,
    Import Import,
    ICurrentUser User,
    ImportContactMapping Mapping,
    ContactValidator Validator,
    ImportTagCache Tags,
    IReadOnlyList<int> DefaultTagIds,
    string ResponsibleUserId,
    int? ListId,
    TimeProvider Clock);
