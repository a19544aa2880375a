using SimpleCrm.Application;
using SimpleCrm.Web.Features.ImportWizard;
using SimpleCrm.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddCrmDatabase(builder.Configuration)
    .AddCrmIdentity()
    .AddCrmLocalization()
    .AddCrmMvc()
    .AddCrmSecurity(builder.Configuration)
    .AddCrmHangfire(builder.Configuration)
    .AddCrmHealthChecks()
    .AddAuditing()
    .AddContacts(builder.Configuration)
    .AddExports()
    .AddTags()
    .AddLists()
    .AddLeads()
    .AddNotes()
    .AddActivities()
    .AddTasks()
    .AddReminders()
    .AddFiles(builder.Configuration)
    .AddEmail(builder.Configuration)
    .AddCrmUploads(builder.Configuration)
    .AddSegments()
    .AddSelection()
    .AddMerging()
    .AddBulkActions()
    .AddOutbox()
    .AddUserAdministration()
    .AddAccessClasses()
    .AddLeadConfiguration()
    .AddPipelines()
    .AddDeals()
    .AddCustomFields()
    .AddImports()
    .AddScheduledImports()
    .AddImportWizard(builder.Configuration)
    .AddSeeding(builder.Configuration);

var app = builder.Build();

await app.InitializeDatabaseAsync();
await app.ResumeInterruptedBulkJobsAsync();
await app.RegisterScheduledImportsAsync();

app.UseCrmPipeline();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
