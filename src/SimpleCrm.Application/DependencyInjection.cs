using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Administration;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Exports;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Mapping;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Imports.Uploads;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Merging;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Outbox;
using SimpleCrm.Application.Preferences;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Seeding;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Selection;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Deals.AddClients;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application;

/// <summary>Registration by feature, so the web app's Program.cs reads as a table of contents.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddContacts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContactOptions>(configuration.GetSection(ContactOptions.Section));
        services.AddSingleton<PhoneNormalizer>();
        services.AddScoped<ContactValidator>();
        services.AddScoped<ContactMatching>();
        services.AddScoped<ContactQueries>();
        services.AddScoped<ContactAccessClassSetter>();
        services.AddScoped<ContactCommands>();
        services.AddScoped<ResponsibleQueries>();
        return services;
    }

    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddScoped<ContactExport>();
        return services;
    }

    public static IServiceCollection AddTags(this IServiceCollection services)
    {
        services.AddScoped<TagQueries>();
        services.AddScoped<TagCommands>();
        return services;
    }

    public static IServiceCollection AddLeads(this IServiceCollection services)
    {
        services.AddScoped<LeadValidator>();
        services.AddScoped<LeadCommands>();
        services.AddScoped<LeadQueries>();
        services.AddScoped<LeadBoard>();
        services.AddScoped<LeadDuplicateFinder>();
        services.AddScoped<LeadOptionQueries>();
        services.AddScoped<LeadContactPersons>();
        services.AddScoped<LeadConversion>();
        services.AddScoped<ConversionDeal>();
        services.AddScoped<LeadConversionQueries>();
        services.AddScoped<LeadBulkActions>();
        services.AddScoped<SavedLeadFilters>();
        services.AddScoped<LeadDuplicateGroups>();
        services.AddScoped<ListPreferences>();
        return services;
    }

    /// <summary>Tasks on any record or none; their mover carries a converted lead's tasks to its contact.</summary>
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddScoped<TaskQueries>();
        services.AddScoped<TaskCommands>();
        services.AddScoped<MassTaskCreation>();
        services.AddScoped<IRecordAttachmentMover, TaskMover>();
        return services;
    }

    /// <summary>Notes on any record; their mover carries a converted lead's notes to its contact.</summary>
    public static IServiceCollection AddNotes(this IServiceCollection services)
    {
        services.AddScoped<NoteQueries>();
        services.AddScoped<NoteCommands>();
        services.AddScoped<IRecordAttachmentMover, NoteMover>();
        return services;
    }

    /// <summary>
    /// Calls, meetings and visits logged on any record, and the timeline that shows them with the
    /// history; their mover carries a converted lead's activities to its contact.
    /// </summary>
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddScoped<ActivityQueries>();
        services.AddScoped<ActivityCommands>();
        services.AddScoped<TimelineQueries>();
        services.AddScoped<IRecordAttachmentMover, ActivityMover>();
        return services;
    }

    /// <summary>Files on any record, kept on disk under "Files:Root"; their mover carries a converted lead's files to its contact.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FileStorageOptions>(configuration.GetSection(FileStorageOptions.Section));
        services.AddSingleton<FileStore>();
        services.AddScoped<FileQueries>();
        services.AddScoped<FileCommands>();
        services.AddScoped<IRecordAttachmentMover, FileMover>();
        return services;
    }

    /// <summary>Email from records through the SMTP server set up under Admin > Email; the host supplies the <see cref="IEmailScheduler"/>.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IMailTransport, MailKitTransport>();
        services.AddSingleton<SmtpPasswordProtection>();
        services.AddScoped<MessageBuilder>();
        services.AddScoped<SmtpSettingsAdministration>();
        services.AddScoped<EmailCommands>();
        services.AddScoped<EmailQueries>();
        services.AddScoped<EmailDelivery>();
        services.AddScoped<EmailTemplateAdministration>();
        services.AddScoped<EmailTemplateRendering>();
        return services;
    }

    /// <summary>Reminders on records and tasks, delivered by a recurring job; the host supplies the <see cref="IReminderMailWriter"/>.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddScoped<ReminderQueries>();
        services.AddScoped<ReminderCommands>();
        services.AddScoped<ReminderDelivery>();
        services.AddScoped<IRecordAttachmentMover, ReminderMover>();
        return services;
    }

    public static IServiceCollection AddLists(this IServiceCollection services)
    {
        services.AddScoped<ListMembership>();
        services.AddScoped<ListQueries>();
        services.AddScoped<ListCommands>();
        return services;
    }

    public static IServiceCollection AddSegments(this IServiceCollection services)
    {
        services.AddScoped<SegmentQueries>();
        services.AddScoped<SegmentCommands>();
        return services;
    }

    public static IServiceCollection AddMerging(this IServiceCollection services)
    {
        services.AddScoped<MergeQueries>();
        services.AddScoped<ContactMerge>();
        services.AddScoped<DuplicateFinder>();
        return services;
    }

    public static IServiceCollection AddSelection(this IServiceCollection services)
    {
        services.AddScoped<SelectionBasket>();
        return services;
    }

    /// <summary>Bulk actions; the host supplies the <see cref="IBulkJobScheduler"/> that runs big ones in the background.</summary>
    public static IServiceCollection AddBulkActions(this IServiceCollection services)
    {
        services.AddScoped<BulkPlanner>();
        services.AddScoped<BulkBatch>();
        services.AddScoped<BulkContactActions>();
        services.AddScoped<BulkJobRunner>();
        return services;
    }

    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddScoped<OutboxDispatcher>();
        return services;
    }

    public static IServiceCollection AddUserAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAdministration>();
        return services;
    }

    public static IServiceCollection AddAccessClasses(this IServiceCollection services)
    {
        services.AddScoped<AccessClassAdministration>();
        services.AddScoped<AccessClassGrants>();
        return services;
    }

    /// <summary>Custom fields: Admin > Custom fields, the forms' values, their reads and the lead-to-contact carry-over.</summary>
    public static IServiceCollection AddCustomFields(this IServiceCollection services)
    {
        services.AddScoped<CustomFieldAdministration>();
        services.AddScoped<CustomFieldOptionAdministration>();
        services.AddScoped<CustomFieldEditor>();
        services.AddScoped<CustomFieldFiles>();
        services.AddScoped<CustomFieldHistory>();
        services.AddScoped<CustomFieldReader>();
        services.AddScoped<IRecordAttachmentMover, CustomFieldCarryOver>();
        return services;
    }

    public static IServiceCollection AddLeadConfiguration(this IServiceCollection services)
    {
        services.AddScoped<LeadStatusAdministration>();
        services.AddScoped<TaskTemplateAdministration>();
        services.AddScoped<TaskAutomation>();
        services.AddScoped<TaskTemplateStarts>();
        services.AddScoped<LeadSourceAdministration>();
        return services;
    }

    /// <summary>Pipelines: Admin > Pipelines with the stage editor, and Admin > Lost reasons.</summary>
    public static IServiceCollection AddPipelines(this IServiceCollection services)
    {
        services.AddScoped<PipelineAdministration>();
        services.AddScoped<StageAdministration>();
        services.AddScoped<LostReasonAdministration>();
        return services;
    }

    /// <summary>Deals: their card, the pipeline boards and list views, adding clients, auto-conversion rules.</summary>
    public static IServiceCollection AddDeals(this IServiceCollection services)
    {
        services.AddScoped<DealStageChange>();
        services.AddScoped<DealValidator>();
        services.AddScoped<DealCommands>();
        services.AddScoped<DealQueries>();
        services.AddScoped<DealBoard>();
        services.AddScoped<DealMoves>();
        services.AddScoped<DealList>();
        services.AddScoped<DealExport>();
        services.AddOptions<AddClientsOptions>().BindConfiguration(AddClientsOptions.Section);
        services.AddScoped<AddClientsCandidates>();
        services.AddScoped<AddClientsQueries>();
        services.AddScoped<AddClientsCommands>();

        // Auto-conversion: the host supplies the IAutoConversionScheduler that queues a rule's run.
        services.AddScoped<AutoConversionRules>();
        services.AddScoped<AutoConversionRun>();
        services.AddScoped<IDomainEventSubscriber<ContactsAddedToList>, ListMembersToDeals>();
        return services;
    }

    /// <summary>
    /// Imports: the host supplies the IImportScheduler that queues a run; the run reads the stored
    /// file through the readers of Imports/Reading (ImportFileTableOpener). ImportRunner is built by
    /// the job activator when a run starts.
    /// </summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddScoped<IImportTableOpener, ImportFileTableOpener>();
        services.AddScoped<ImportUndo>();
        services.AddScoped<ImportCommands>();
        services.AddScoped<ImportPreview>();
        services.AddScoped<ImportQueries>();
        services.AddScoped<ImportErrorFile>();
        services.AddScoped<SavedImportMappings>();
        services.AddScoped<ImportMappingQueries>();
        services.AddScoped<ImportUploads>();
        services.AddScoped<ImportUploadCleanup>();
        return services;
    }

    /// <summary>
    /// Scheduled imports (Admin): the host supplies the IScheduledImportTrigger (Hangfire recurring jobs)
    /// and registers them all at start-up; folders live under "Imports:InboxRoot" (default: App_Data/inbox
    /// under the content root).
    /// </summary>
    public static IServiceCollection AddScheduledImports(this IServiceCollection services)
    {
        services.AddOptions<ScheduledImportOptions>().BindConfiguration(ScheduledImportOptions.Section)
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.InboxRoot = Path.Combine(environment.ContentRootPath, options.InboxRoot ?? Path.Combine("App_Data", "inbox")));
        services.AddSingleton<InboxFolders>();
        services.AddScoped<ScheduledImportAdministration>();
        services.AddScoped<ScheduledImportQueries>();
        services.AddScoped<ImportRunner>();
        services.AddScoped<ScheduledImportJob>();
        return services;
    }

    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddScoped<DemoDataGenerator>();
        services.AddScoped<DatabaseSeeder>();
        return services;
    }

    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<FieldHistoryInterceptor>();
        return services;
    }
}
