using System.Text.RegularExpressions;

namespace Sailplan.Core.Outline;

/// <summary>
/// Goals and objectives in an outline may name their dimension in brackets at the end:
/// "Make service effortless [Customer effort]". Export writes the tag so a round trip keeps it.
/// </summary>
public static partial class DimensionTag
{
    public static (string Title, string? Dimension) Split(string title)
    {
        var match = Tag().Match(title);
        return match.Success ? (match.Groups["title"].Value, match.Groups["dimension"].Value.Trim()) : (title, null);
    }

    public static string Join(string title, string? dimension) => dimension is null ? title : $"{title} [{dimension}]";

    [GeneratedRegex(@"^(?<title>.*\S)\s*\[(?<dimension>[^\[\]]+)\]$")]
    private static partial Regex Tag();
}
