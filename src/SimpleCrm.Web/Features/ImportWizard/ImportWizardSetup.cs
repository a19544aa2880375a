namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>The import wizard's services and its upload limit ("Imports:MaxUploadMegabytes").</summary>
public static class ImportWizardSetup
{
    public static IServiceCollection AddImportWizard(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportWizardOptions>(configuration.GetSection(ImportWizardOptions.Section));
        services.AddScoped<ImportWizardTokens>();
        services.AddScoped<ImportWizardFiles>();
        services.AddScoped<ImportWizardPages>();
        services.AddScoped<ImportFieldNames>();
        return services;
    }
}
