using Sailplan.Data.Queries.Scorecard;
using System.Globalization;
using System.Text;
using Sailplan.Core.Metrics;

namespace Sailplan.Web.Scorecard;

/// <summary>How the scorecard page writes numbers, statuses and sparklines.</summary>
public static class ScorecardFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A value in its KPI's unit: "25.0 %", "+12.5 points", "184 s", "5.20", "3.10 EUR".</summary>
    public static string Value(double? value, string unit, string currency = "")
    {
        if (value is not { } v)
        {
            return "–";
        }

        return unit switch
        {
            "%" => v.ToString("0.0", Inv) + " %",
            "points" => v.ToString("+0.0;−0.0;0.0", Inv),
            "seconds" => v.ToString("0", Inv) + " s",
            "currency" => (v.ToString("0.00", Inv) + " " + currency).TrimEnd(),
            _ => v.ToString("0.00", Inv),
        };
    }

    /// <summary>"95 % CI a–b", or null when there is no interval.</summary>
    public static string? Interval(double? lower, double? upper, string unit, double confidence) =>
        lower is null || upper is null
            ? null
            : $"{(confidence * 100).ToString("0.#", Inv)} % CI {Bare(lower.Value, unit)}–{Bare(upper.Value, unit)}";

    /// <summary>A number without its unit, with as many decimals as <see cref="Value"/> uses.</summary>
    public static string Bare(double value, string unit) => unit switch
    {
        "%" or "points" => value.ToString("0.0", Inv),
        "seconds" => value.ToString("0", Inv),
        _ => value.ToString("0.00", Inv),
    };

    public static string StatusText(TargetStatus? status) => status switch
    {
        TargetStatus.Green => "On target",
        TargetStatus.Amber => "Near target",
        TargetStatus.Red => "Off target",
        _ => "No target",
    };

    public static string StatusClass(TargetStatus? status) => "rag rag--" + (status?.ToString().ToLowerInvariant() ?? "none");

    public static string Count(long n) => n.ToString("N0", Inv);

    /// <summary>
    /// SVG polyline point lists for a sparkline of <paramref name="values"/> in a width x height box: one list per run of
    /// values without gaps, so a period with no data breaks the line rather than drawing through it.
    /// </summary>
    public static IReadOnlyList<string> SparklineSegments(IReadOnlyList<double?> values, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(values);
        var known = values.OfType<double>().ToList();
        if (known.Count == 0)
        {
            return [];
        }

        double min = known.Min(), max = known.Max();
        var span = max - min;
        var step = values.Count > 1 ? width / (values.Count - 1) : 0;
        var segments = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                Flush();
                continue;
            }

            // Higher values higher up; a flat line sits in the middle; a pad of 2 keeps the stroke inside the box.
            var y = span == 0 ? height / 2 : 2 + ((height - 4) * (1 - ((v - min) / span)));
            var x = values.Count > 1 ? i * step : width / 2;
            current.Append(current.Length == 0 ? "" : " ").Append(x.ToString("0.#", Inv)).Append(',').Append(y.ToString("0.#", Inv));
        }

        Flush();
        return segments;

        void Flush()
        {
            if (current.Length > 0)
            {
                segments.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
