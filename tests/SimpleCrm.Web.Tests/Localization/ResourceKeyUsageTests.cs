using System.Text.RegularExpressions;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

/// <summary>Every message key the code asks for has an English text, or the user would see the raw key.</summary>
public sealed partial class ResourceKeyUsageTests
{
    /// <summary>Key families; a string literal starting with one of these and a dot is a message key.</summary>
    private static readonly string[] KeyPrefixes = ["Account", "Activities", "AddClients", "AutoConversion", "Bulk", "Common", "ContactPersons", "Contacts", "CustomFields", "DealBoard", "DealList", "Deals", "Email", "Emails", "EmailSettings", "EmailTemplates", "Error", "Files", "History", "HistoryPage", "Identity", "Imports", "LeadBoard", "LeadCard", "LeadConversion", "Leads", "LeadSources", "LeadStatuses", "Lists", "LostReasons", "MassTasks", "Merge", "Nav", "Notes", "Pager", "Pipelines", "Reminders", "Role", "Segments", "Selection", "Stages", "Tags", "Tasks", "TaskTemplates", "Timeline", "Users", "Validation"];

    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.Load(ResourceFile.PathFor(null));

    [Fact]
    public void Every_key_the_web_app_uses_has_an_english_text()
    {
        var usages = KeysIn("src/SimpleCrm.Web", "*.cs", "*.cshtml");
        // Keys built at run time: L["Role." + role] in the user forms.
        foreach (var role in Roles.All)
        {
            usages.Add(($"Role.{role}", "Roles.All"));
        }

        // L["LeadStatuses.Meaning" + meaning] on the lead status pages.
        foreach (var meaning in Enum.GetNames<SimpleCrm.Application.Leads.LeadStatusMeaning>())
        {
            usages.Add(($"LeadStatuses.Meaning{meaning}", "LeadStatusMeaning"));
        }

        // The imports pages: L[$"Imports.Status.{status}"], L[$"Imports.Policy.{policy}"], L[$"Imports.Entity.{entity}"].
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Imports.ImportStatus>().Select(s => ($"Imports.Status.{s}", "ImportStatus")));
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Imports.ImportDuplicatePolicy>().Select(p => ($"Imports.Policy.{p}", "ImportDuplicatePolicy")));
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Imports.ImportEntityType>().Select(e => ($"Imports.Entity.{e}", "ImportEntityType")));

        // L["Stages.Kind" + kind] on the pipeline's page and the stage form.
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Pipelines.StageKind>().Select(k => ($"Stages.Kind{k}", "StageKind")));

        // L["CustomFields.Type" + type] and L["CustomFields.RecordType" + recordType] on the custom field pages.
        foreach (var type in Enum.GetNames<SimpleCrm.Application.CustomFields.CustomFieldType>())
        {
            usages.Add(($"CustomFields.Type{type}", "CustomFieldType"));
        }

        foreach (var recordType in Enum.GetNames<SimpleCrm.Application.CustomFields.CustomFieldRecordType>())
        {
            usages.Add(($"CustomFields.RecordType{recordType}", "CustomFieldRecordType"));
        }

        // L["Tasks.Priority" + priority], L["Tasks.Record" + filter], L["Tasks.Sort" + sort], L["Tasks.Section" + section], L["Tasks.Of" + recordType] on the task pages.
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Tasks.TaskPriority>().Select(p => ($"Tasks.Priority{p}", "TaskPriority")));
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Tasks.TaskRecordFilter>().Select(r => ($"Tasks.Record{r}", "TaskRecordFilter")));
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Tasks.TaskSort>().Select(r => ($"Tasks.Sort{r}", "TaskSort")));
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.Tasks.TaskSectionKind>().Select(r => ($"Tasks.Section{r}", "TaskSectionKind")));
        // L[$"TaskTemplates.Rule{rule}"] on the task template pages.
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.TaskTemplates.TaskTemplateAssigneeRule>().Select(r => ($"TaskTemplates.Rule{r}", "TaskTemplateAssigneeRule")));
        usages.Add(("Tasks.OfLead", "RecordRef"));
        usages.Add(("Tasks.OfContact", "RecordRef"));

        // L[$"Timeline.Kind.{kind}"] on the timelines and /History; L[$"Activities.Type.{type}"] in the log form and on activity lines.
        usages.AddRange(Enum.GetNames<SimpleCrm.Application.History.TimelineKind>().Select(k => ($"Timeline.Kind.{k}", "TimelineKind")));
        usages.AddRange(SimpleCrm.Web.Features.Activities.ActivityForm.Types.Select(t => ($"Activities.Type.{t}", "ActivityForm.Types")));
        // L["Reminders.Of" + target type] on the reminder lists and in the reminder email.
        usages.AddRange(new[] { "Lead", "Contact", SimpleCrm.Application.Reminders.Reminder.TaskType }.Select(t => ($"Reminders.Of{t}", "Reminder.RecordType")));

        var missing = Missing(usages);

        Assert.Contains(usages, u => u.Key == "Nav.Contacts");
        Assert.Contains(usages, u => u.Key == "Contacts.ResponsibleChanged");
        Assert.True(missing.Count == 0, "Used but not in SharedResource.resx:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_message_key_of_the_application_has_an_english_text()
    {
        var usages = KeysIn("src/SimpleCrm.Application", "*.cs");
        // IdentityFailures turns Identity's error codes into "Identity." + code.
        var identityFailures = File.ReadAllText(RepositoryFiles.PathOf("src", "SimpleCrm.Application", "Administration", "IdentityFailures.cs"));
        var codes = IdentityCode().Matches(identityFailures).Select(m => m.Groups[1].Value).ToList();
        usages.AddRange(codes.Select(code => ($"Identity.{code}", "IdentityFailures.cs")));
        // ImportTemplates titles each field "Imports.Field." + field.
        usages.AddRange(Enum.GetValues<SimpleCrm.Application.Imports.ImportEntityType>()
            .SelectMany(SimpleCrm.Application.Imports.Reading.ImportTemplates.Fields)
            .Select(field => (SimpleCrm.Application.Imports.Reading.ImportTemplates.FieldKey(field), "ImportTemplates")));

        var missing = Missing(usages);

        Assert.Contains(usages, u => u.Key == "Validation.InvalidPhone");
        Assert.Contains(usages, u => u.Key == "Contacts.NameRequired");
        Assert.Contains(usages, u => u.Key == "Users.CannotDeactivateSelf");
        Assert.Contains("PasswordTooShort", codes);
        Assert.True(missing.Count == 0, "Used but not in SharedResource.resx:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    private static List<string> Missing(IEnumerable<(string Key, string Where)> usages) =>
        [.. usages.Where(u => !English.ContainsKey(u.Key)).Select(u => $"{u.Key} ({u.Where})").Distinct().Order(StringComparer.Ordinal)];

    private static List<(string Key, string Where)> KeysIn(string folder, params string[] patterns)
    {
        var root = RepositoryFiles.PathOf(folder.Split('/'));
        var prefixed = new Regex($"\"((?:{string.Join('|', KeyPrefixes)})\\.[A-Za-z][A-Za-z0-9.]*)\"", RegexOptions.CultureInvariant);
        var found = new List<(string Key, string Where)>();
        foreach (var file in patterns.SelectMany(p => Directory.EnumerateFiles(root, p, SearchOption.AllDirectories)))
        {
            var relative = Path.GetRelativePath(RepositoryFiles.Root, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Migrations"))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            // Any L["..."] or localizer["..."], whatever its family; then every literal that looks like a key.
            found.AddRange(LocalizerIndexer().Matches(text).Select(m => (m.Groups[1].Value, relative)));
            found.AddRange(prefixed.Matches(text).Select(m => (m.Groups[1].Value, relative)));
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:L|localizer|Localizer)\[\s*""([^""]+)""\s*[\],]")]
    private static partial Regex LocalizerIndexer();

    [GeneratedRegex(@"nameof\(IdentityErrorDescriber\.(\w+)\)")]
    private static partial Regex IdentityCode();
}
