using SimpleCrm.Application.Data;

namespace SimpleCrm.Web.Startup;

/// <summary>Resolves the signed-in user's access classes once per request, after authentication.</summary>
public static class AccessClassResolution
{
    public static IApplicationBuilder UseAccessClassResolution(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                var user = context.RequestServices.GetRequiredService<HttpCurrentUser>();
                var db = context.RequestServices.GetRequiredService<CrmDbContext>();
                await user.ResolveAccessClassesAsync(db, context.RequestAborted);
            }

            await next(context);
        });
}
