using System.CommandLine;

namespace Sailplan.Cli.Commands;

public static class OutlineCommands
{
    public static Command Create() => new("outline", "Import or export the strategy tree as an outline.");
}
