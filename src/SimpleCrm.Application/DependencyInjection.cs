using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Administration;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Exports;
using SimpleCrm.Application.Seeding;
using SimpleCrm.Application.Tags;
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
        return services;
    }
}
