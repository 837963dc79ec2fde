using System.CommandLine;
using Sailplan.Data;

namespace Sailplan.Cli;

public static class CliOptions
{
    public const string DbVariable = "SAILPLAN_DB";

    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"A SQLite file path or a PostgreSQL connection string (default: ${DbVariable}, else {DatabaseLocation.DefaultSqliteFile}).",
        Recursive = true,
    };

    public static readonly Option<string?> Org = new("--org")
    {
        Description = "The organisation, by name or id (needed only when the database holds more than one).",
        Recursive = true,
    };

    public static DatabaseLocation Location(ParseResult parse) =>
        DatabaseLocation.Parse(parse.GetValue(Db) ?? Environment.GetEnvironmentVariable(DbVariable));
}
