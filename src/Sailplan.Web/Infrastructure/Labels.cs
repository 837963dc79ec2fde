using System.Text;

namespace Sailplan.Web.Infrastructure;

/// <summary>Enum values and list input as people read and type them.</summary>
public static class Labels
{
    /// <summary>OnHold -> "On hold", HigherIsBetter -> "Higher is better".</summary>
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    public static IEnumerable<(T Value, string Label)> All<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v, Of(v)));

    /// <summary>"phone, chat ,, email" -> ["phone", "chat", "email"].</summary>
    public static List<string> SplitList(string? text) =>
        (text ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>One item per line, blank lines dropped.</summary>
    public static List<string> SplitLines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static string JoinList(IEnumerable<string>? items) => string.Join(", ", items ?? []);

    /// <summary>20.0000 -> 20: the database keeps four decimals, a person types as many as they mean.</summary>
    public static decimal? Trim(decimal? value) => value / 1.0000000000000000000000000000m;

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
