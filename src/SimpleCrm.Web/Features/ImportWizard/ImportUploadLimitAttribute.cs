using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using SimpleCrm.Web.Startup;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// The upload step's own request and form limits, from "Imports:MaxUploadMegabytes" (the app-wide ones
/// follow the much smaller attachment limit). Like MVC's RequestFormLimits it runs before antiforgery
/// (order 900), which is the first to read the form. As in UploadSetup the request may be twice the
/// limit, so a file a little too big still reaches the action and gets its message.
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
            var features = context.HttpContext.Features;
            if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limit;
            }

            if (features.Get<IFormFeature>()?.Form is null)
            {
                features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            }
        }
    }
}
