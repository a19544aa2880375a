using Microsoft.AspNetCore.Localization;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Web.Features.Reminders;

namespace SimpleCrm.Web.Startup;

public static class LocalizationSetup
{
    public static IServiceCollection AddCrmLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<IReminderMailWriter, LocalizedReminderMailWriter>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.Default);
            options.SupportedCultures = SupportedCultures.Cultures;
            options.SupportedUICultures = SupportedCultures.Cultures;

            // The cookie set by the language switcher wins over the browser's Accept-Language.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
