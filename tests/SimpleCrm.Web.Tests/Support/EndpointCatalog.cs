using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace SimpleCrm.Web.Tests.Support;

/// <summary>One way to call a registered endpoint: a method ("*" when the endpoint takes any) and its route template.</summary>
public sealed record EndpointRoute(string Method, string Template, string SampleUrl)
{
    public const string AnyMethod = "*";

    /// <summary>"POST /Contacts/{id:int}/Edit": how allow-lists name an endpoint.</summary>
    public string Key => $"{Method} {Template}";

    /// <summary>The methods to send: GET and POST for an endpoint that takes any method.</summary>
    public IEnumerable<string> MethodsToTry => Method == AnyMethod ? [HttpMethods.Get, HttpMethods.Post] : [Method];

    public override string ToString() => Key;
}

/// <summary>Every endpoint the running app registered, with a sample URL that fills its route parameters.</summary>
public static class EndpointCatalog
{
    /// <summary>A number for {id:int}-like parameters that no test creates a record for.</summary>
    public const int SampleNumber = 987654;

    public const string SampleText = "no-such-id";

    /// <summary>A value for {id:guid} parameters that no test creates a record for.</summary>
    public const string SampleGuid = "0f8fad5b-d9cb-469f-a165-70867728950e";

    public static IReadOnlyList<EndpointRoute> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .SelectMany(Routes)
            .Distinct()
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal)];

    private static IEnumerable<EndpointRoute> Routes(RouteEndpoint endpoint)
    {
        var template = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
        var url = SampleUrl(endpoint.RoutePattern);
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        return methods is null || methods.Count == 0
            ? [new EndpointRoute(EndpointRoute.AnyMethod, template, url)]
            : methods.Select(m => new EndpointRoute(m, template, url));
    }

    private static string SampleUrl(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { IsCatchAll: true } => string.Empty,
            RoutePatternParameterPart parameter when IsNumeric(parameter) => SampleNumber.ToString(CultureInfo.InvariantCulture),
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => SampleGuid,
            RoutePatternParameterPart => SampleText,
            _ => throw new InvalidOperationException($"Unexpected route part {part.GetType().Name} in {pattern.RawText}."),
        })));
        var path = "/" + string.Join('/', segments);
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static bool IsNumeric(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "int" or "long" or "decimal" or "double" or "float" || p.Content?.StartsWith("min(", StringComparison.Ordinal) == true || p.Content?.StartsWith("range(", StringComparison.Ordinal) == true);
}
