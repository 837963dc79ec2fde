using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Web.Security;

namespace Sailplan.Web.Tests.Security;

/// <summary>One method of one route of the running app, with the permission it declares (if any).</summary>
public sealed record EndpointCase(string Method, string Pattern, RequirePermissionAttribute? Permission, bool Anonymous, bool IsPage)
{
    public override string ToString() => $"{Method} {Pattern}";

    public bool IsOrganizationRoute => Pattern.Contains("{orgId", StringComparison.Ordinal);

    /// <summary>The route with its parameters filled in: orgId and id as given, anything else a fresh id or a plain value.</summary>
    public string Url(Guid orgId, Guid id) => Parameter().Replace(Pattern, m => m.Groups["name"].Value switch
    {
        "orgId" => orgId.ToString(),
        "id" => id.ToString(),
        "documentName" => "v1",
        "code" => "404",
        _ => Guid.NewGuid().ToString(),
    }).Replace("//", "/", StringComparison.Ordinal);

    private static Regex Parameter() => new(@"\{(?<name>\w+)(:[^}]*)?\??\}");
}

public static class Endpoints
{
    /// <summary>Every route and method the app serves, read from the app itself, not from a list kept by hand.</summary>
    public static IReadOnlyList<EndpointCase> Of(AppServer server) =>
        server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(Cases)
            .DistinctBy(c => c.ToString())
            .OrderBy(c => c.Pattern).ThenBy(c => c.Method)
            .ToList();

    private static IEnumerable<EndpointCase> Cases(RouteEndpoint endpoint)
    {
        var isPage = endpoint.Metadata.OfType<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>().Any()
            || endpoint.Metadata.OfType<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>().Any();
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared
            ? declared
            : (IReadOnlyList<string>)[HttpMethods.Get, HttpMethods.Post];
        var permission = endpoint.Metadata.OfType<RequirePermissionAttribute>().LastOrDefault();
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
        return methods.Select(m => new EndpointCase(m, pattern, permission, anonymous, isPage));
    }
}
