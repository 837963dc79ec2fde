namespace Sailplan.Web.Strategy;

/// <summary>Outline import (with preview) and export; filled in when the outline parser lands.</summary>
public static class OutlineApi
{
    public static IEndpointRouteBuilder MapOutlineApi(this IEndpointRouteBuilder app) => app;
}
