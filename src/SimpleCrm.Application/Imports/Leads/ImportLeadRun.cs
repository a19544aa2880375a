using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>What every batch of one lead import's run shares: the import, who runs it, the mapping (with the resolved choices) and the validator.</summary>
internal sealed record ImportLeadRun(CrmDbContext Db, Import Import, ICurrentUser User, ImportLeadMapping Mapping, LeadValidator Validator, TimeProvider Clock);
