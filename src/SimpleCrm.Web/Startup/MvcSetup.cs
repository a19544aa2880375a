using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;

namespace SimpleCrm.Web.Startup;

public static class MvcSetup
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddCrmMvc(this IServiceCollection services)
    {
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = "SimpleCrm.Antiforgery";
        });
        services.AddControllersWithViews(options =>
            {
                // ASVS 4.2.2: every unsafe request carries a valid token, fetch and htmx included.
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

                // Signed in everywhere unless an action says [AllowAnonymous].
                options.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddRazorOptions(options =>
            {
                // Views live beside their controller: Features/Contacts/Index.cshtml.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Shared/{0}" + RazorViewEngine.ViewExtension);
            });
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var localizer = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => localizer["Validation.InvalidValue"]);
            messages.SetValueIsInvalidAccessor(_ => localizer["Validation.InvalidValue"]);
            messages.SetValueMustBeANumberAccessor(_ => localizer["Validation.InvalidNumber"]);
            messages.SetMissingBindRequiredValueAccessor(_ => localizer["Validation.Required"]);
            messages.SetValueMustNotBeNullAccessor(_ => localizer["Validation.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => localizer["Validation.Required"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => localizer["Validation.InvalidValue"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => localizer["Validation.InvalidValue"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation.InvalidValue"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Validation.InvalidNumber"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Validation.Required"]);
        });

        // The list or segment header of the contact list.
        services.AddScoped<Features.Contacts.ContactListScopes>();
        return services;
    }
}
