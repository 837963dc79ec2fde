using System.Text.Json;
using System.Text.Json.Serialization;
using Sailplan.Data;

namespace Sailplan.Web.Infrastructure;

public static class Setup
{
    /// <summary>The database comes from --db or SAILPLAN_DB: a SQLite path (default sailplan.db) or a PostgreSQL connection string.</summary>
    public static DatabaseLocation DatabaseLocation(this IConfiguration configuration) =>
        Data.DatabaseLocation.Parse(configuration["db"] ?? configuration["SAILPLAN_DB"]);

    public static WebApplicationBuilder AddSailplanServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSailplanDb(builder.Configuration.DatabaseLocation());
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ErrorHandling>();
        // Unreadable bodies and parameters become exceptions in every environment, so ErrorHandling
        // can answer with problem+json that names the field (by default only Development throws).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddOpenApi();
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

    public static WebApplication UseSailplanPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.MapOpenApi();
        return app;
    }
}
