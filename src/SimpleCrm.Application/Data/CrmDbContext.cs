using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data.Configurations;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Imports.Uploads;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Outbox;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Preferences;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Selection;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data;

/// <summary>The unit of work: Identity tables, Data Protection keys and the CRM tables, on either provider.</summary>
public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactEmail> ContactEmails => Set<ContactEmail>();

    public DbSet<ContactPhone> ContactPhones => Set<ContactPhone>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<ContactTag> ContactTags => Set<ContactTag>();

    public DbSet<AccessClass> AccessClasses => Set<AccessClass>();

    public DbSet<AccessClassUserGrant> AccessClassUserGrants => Set<AccessClassUserGrant>();

    public DbSet<AccessClassRoleGrant> AccessClassRoleGrants => Set<AccessClassRoleGrant>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ContactList> ContactLists => Set<ContactList>();

    public DbSet<ContactListMember> ContactListMembers => Set<ContactListMember>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<SelectedContact> SelectedContacts => Set<SelectedContact>();

    public DbSet<BulkJob> BulkJobs => Set<BulkJob>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<LeadStatus> LeadStatuses => Set<LeadStatus>();

    public DbSet<LeadSource> LeadSources => Set<LeadSource>();

    public DbSet<Pipeline> Pipelines => Set<Pipeline>();

    public DbSet<Stage> Stages => Set<Stage>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<LostReason> LostReasons => Set<LostReason>();

    public DbSet<LeadContactPerson> LeadContactPersons => Set<LeadContactPerson>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<CrmTask> Tasks => Set<CrmTask>();

    public DbSet<TaskTemplate> TaskTemplates => Set<TaskTemplate>();

    public DbSet<TaskTemplateTrigger> TaskTemplateTriggers => Set<TaskTemplateTrigger>();

    public DbSet<TaskTemplateFiring> TaskTemplateFirings => Set<TaskTemplateFiring>();

    public DbSet<RecordFile> Files => Set<RecordFile>();
    public DbSet<SavedLeadFilter> SavedLeadFilters => Set<SavedLeadFilter>();

    public DbSet<ListPreference> ListPreferences => Set<ListPreference>();
    public DbSet<CustomField> CustomFields => Set<CustomField>();

    public DbSet<CustomFieldOption> CustomFieldOptions => Set<CustomFieldOption>();

    public DbSet<CustomFieldValue> CustomFieldValues => Set<CustomFieldValue>();

    public DbSet<SmtpSettings> SmtpSettings => Set<SmtpSettings>();

    public DbSet<EmailTemplate> EmailTemplates => Set<EmailTemplate>();

    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<AutoConversionRule> AutoConversionRules => Set<AutoConversionRule>();

    public DbSet<AutoConversionRuleContact> AutoConversionRuleContacts => Set<AutoConversionRuleContact>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Import> Imports => Set<Import>();

    public DbSet<ImportChange> ImportChanges => Set<ImportChange>();

    public DbSet<ImportError> ImportErrors => Set<ImportError>();

    public DbSet<SavedImportMapping> SavedImportMappings => Set<SavedImportMapping>();

    public DbSet<ScheduledImport> ScheduledImports => Set<ScheduledImport>();

    public DbSet<ScheduledImportFile> ScheduledImportFiles => Set<ScheduledImportFile>();

    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
        IdentityKeyLengths.Apply(builder);
    }
}
