using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// What a lead row's Status, Source and Responsible cells may name, read once per run: statuses a
/// lead may be created in (not a Converted one: only the conversion puts a lead there), active
/// sources and active users (by display name, user name or email), each case-insensitively; and the
/// values a row gets when its cell is empty or names none of them: the import's defaults, else
/// those of the lead form (the first open status, the first active source, the import's creator).
/// </summary>
internal sealed class ImportLeadChoices
{
    private readonly Dictionary<string, int> _statuses;
    private readonly Dictionary<string, int> _sources;
    private readonly Dictionary<string, string> _users;

    private ImportLeadChoices(Dictionary<string, int> statuses, Dictionary<string, int> sources, Dictionary<string, string> users, Dictionary<int, string> statusNames, Dictionary<int, string> sourceNames, Dictionary<string, string> userNames)
    {
        (_statuses, _sources, _users) = (statuses, sources, users);
        (StatusNames, SourceNames, UserNames) = (statusNames, sourceNames, userNames);
    }

    public int DefaultStatusId { get; private init; }

    public int DefaultSourceId { get; private init; }

    public string DefaultResponsibleUserId { get; private init; } = string.Empty;

    public IReadOnlyDictionary<int, string> StatusNames { get; }

    public IReadOnlyDictionary<int, string> SourceNames { get; }

    public IReadOnlyDictionary<string, string> UserNames { get; }

    public int StatusOf(string? name) => name is not null && _statuses.TryGetValue(name.Trim(), out var id) ? id : DefaultStatusId;

    public int SourceOf(string? name) => name is not null && _sources.TryGetValue(name.Trim(), out var id) ? id : DefaultSourceId;

    public string ResponsibleOf(string? name) => name is not null && _users.TryGetValue(name.Trim(), out var id) ? id : DefaultResponsibleUserId;

    public static async Task<ImportLeadChoices> LoadAsync(CrmDbContext db, ImportDefaults defaults, string creatorId, CancellationToken cancellationToken)
    {
        var statuses = await db.LeadStatuses.AsNoTracking().Where(s => s.Meaning != LeadStatusMeaning.Converted)
            .OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name, s.Meaning }).ToListAsync(cancellationToken);
        var sources = await db.LeadSources.AsNoTracking().Where(s => s.IsActive)
            .OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.Email }).ToListAsync(cancellationToken);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            foreach (var name in new[] { user.Email, user.UserName, user.DisplayName }.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                byName[name!.Trim()] = user.Id;
            }
        }

        return new ImportLeadChoices(
            statuses.GroupBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase),
            sources.GroupBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase),
            byName,
            statuses.ToDictionary(s => s.Id, s => s.Name),
            sources.ToDictionary(s => s.Id, s => s.Name),
            users.ToDictionary(u => u.Id, u => u.DisplayName))
        {
            DefaultStatusId = defaults.StatusId is { } status && statuses.Any(s => s.Id == status)
                ? status
                : statuses.Where(s => s.Meaning == LeadStatusMeaning.Open).Select(s => s.Id).FirstOrDefault(),
            DefaultSourceId = defaults.SourceId is { } source && sources.Any(s => s.Id == source) ? source : sources.Select(s => s.Id).FirstOrDefault(),
            DefaultResponsibleUserId = defaults.ResponsibleUserId is { } responsible && users.Any(u => u.Id == responsible) ? responsible : creatorId,
        };
    }
}
