using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SimpleCrm.Benchmarks;

/// <summary>Puts the server-time middleware in front of the app's whole pipeline.</summary>
internal sealed class TimingStartupFilter(ServerTimings timings) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, pipeline) => timings.TimeAsync(() => pipeline(context)));
        next(app);
    };
}
