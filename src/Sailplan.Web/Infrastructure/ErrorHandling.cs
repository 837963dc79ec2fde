using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;

namespace Sailplan.Web.Infrastructure;

/// <summary>
/// Turns the errors every handler can meet into RFC 9457 problem+json, so handlers stay free of
/// try/catch: a broken business rule or unreadable JSON is a 400 naming the field, a lost
/// concurrency race a 409. Anything else becomes a plain 500 problem without a stack trace.
/// </summary>
public sealed class ErrorHandling(IProblemDetailsService problems) : IExceptionHandler
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsApi(httpContext.Request))
        {
            return false; // pages re-execute /error and get an HTML page
        }

        if (exception is EditConflictException conflict)
        {
            return await WriteConflictAsync(httpContext, conflict);
        }

        var (status, title, errors) = exception switch
        {
            DomainException e => (StatusCodes.Status400BadRequest, "The request breaks a rule.", Errors(e.Field, e.Message)),
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, "The request body is not valid JSON for this endpoint.", Errors(FieldOf(json.Path), Reason(json))),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read.", Errors("request", e.Message)),
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message, null),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict,
                "Someone else saved this object a moment ago. Reload it and apply your change again.", null),
            DbUpdateException => (StatusCodes.Status409Conflict,
                "The database refused the change: a name, code or email that must be unique is already taken, or other objects still refer to this one.", null),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side.", null),
        };

        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private async ValueTask<bool> WriteConflictAsync(HttpContext httpContext, EditConflictException conflict)
    {
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "This object was changed by someone else since you loaded it.",
            Detail = conflict.Message + " Review the current values and apply your change again.",
            Extensions =
            {
                ["currentVersion"] = conflict.StoredVersion,
                ["changedFields"] = conflict.ChangedFields,
                ["current"] = conflict.Current,
            },
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = conflict });
    }

    private static Dictionary<string, string[]> Errors(string field, string message) => new() { [field] = [message] };

    /// <summary>"$.hypothesis.by" -> "hypothesis.by": the same field name the request used.</summary>
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

    private static string Reason(JsonException json) =>
        json.Path is null ? "The body is not valid JSON." : $"The value at {FieldOf(json.Path)} has the wrong type or format.";
}
