using System.Text.Json;
using System.Text.Json.Serialization;
using Sailplan.Data;
using Sailplan.Data.Audit;
using Sailplan.Web.Audit;

namespace Sailplan.Web.Infrastructure;

public static class Setup
{
    /// <summary>The database comes from --db or SAILPLAN_DB: a SQLite path (default sailplan.db) or a PostgreSQL connection string.</summary>
    public static DatabaseLocation DatabaseLocation(this IConfiguration configuration) =>
        Data.DatabaseLocation.Parse(configuration["db"] ?? configuration["SAILPLAN_DB"]);

    public static WebApplicationBuilder AddSailplanServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSailplanDb(builder.Configuration.DatabaseLocation());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActor, RequestAuditActor>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ErrorHandling>();
        // Unreadable bodies and parameters become exceptions in every environment, so ErrorHandling
        // can answer with problem+json that names the field (by default only Development throws).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        // No "servers" entry: the document describes the API wherever it is served, and the
        // committed copy must not depend on the host that generated it.
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = [];
            document.Info.Title = "Sailplan API";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRazorPages(o => o.RootDirectory = "/")
            .AddMvcOptions(o => o.Filters.Add<OrganizationPageFilter>());
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }

    /// <summary>
    /// The API answers errors with problem+json; pages answer with an HTML error page (the
    /// exception handler leaves page requests to /error, see <see cref="ErrorHandling"/>).
    /// </summary>
    public static WebApplication UseSailplanPipeline(this WebApplication app)
    {
        app.UseWhen(http => ErrorHandling.IsApi(http.Request), api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(http => !ErrorHandling.IsApi(http.Request), pages => pages.UseExceptionHandler("/error").UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseStaticFiles();
        // Routing after the error handlers, so that re-executing /error finds its page.
        app.UseRouting();
        app.MapOpenApi();
        return app;
    }
}
