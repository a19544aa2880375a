using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Imports;
using SimpleCrm.Web.Features.Files;
using SimpleCrm.Web.Startup;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// The upload step's own request and form limits, from "Imports:MaxUploadMegabytes" (the app-wide ones
/// follow the much smaller attachment limit). Like MVC's RequestFormLimits it runs before antiforgery
/// (order 900), which is the first to read the form. As in UploadSetup the request may be twice the
/// limit, so a file a little too big still reaches the action and gets its message; a request announcing
/// more than that is answered with the same message at once, without reading (or failing to read) its body.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportUploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public int Order => 900;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new LimitFilter(serviceProvider.GetRequiredService<IOptions<ImportWizardOptions>>().Value.MaxUploadBytes);

    private sealed class LimitFilter(long maxUploadBytes) : IAuthorizationFilter
    {
        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var limit = UploadSetup.RequestLimit(maxUploadBytes);
            var http = context.HttpContext;
            if (http.Request.ContentLength > limit)
            {
                context.Result = TooLarge(context);
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limit;
            }

            if (http.Features.Get<IFormFeature>()?.Form is null)
            {
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            }
        }

        private ViewResult TooLarge(AuthorizationFilterContext context)
        {
            var services = context.HttpContext.RequestServices;
            var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.ModelState.AddModelError(string.Empty, localizer[ImportWizardMessages.TooLarge, FileSizes.Format(maxUploadBytes)]);
            return new ViewResult
            {
                ViewName = "Upload",
                ViewData = new ViewDataDictionary<UploadViewModel>(services.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
                {
                    Model = new UploadViewModel(ImportEntityType.Contact, maxUploadBytes),
                },
            };
        }
    }
}
