using Microsoft.Extensions.Options;

namespace SimpleCrm.Web.Startup;

public static class PipelineSetup
{
    public static WebApplication UseCrmPipeline(this WebApplication app)
    {
        // The friendly, localized error page in every environment: no page ever shows a stack trace.
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAccessClassResolution();

        app.MapHealthChecks(HealthSetup.Path).AllowAnonymous();
        app.MapCrmHangfireDashboard();
        app.Services.ScheduleCrmRecurringJobs();
        app.MapControllers();
        return app;
    }
}
