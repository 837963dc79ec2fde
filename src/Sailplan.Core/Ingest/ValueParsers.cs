using System.Globalization;
using Sailplan.Core.Facts;

namespace Sailplan.Core.Ingest;

/// <summary>The text forms each field type accepts. Spans in, no allocation.</summary>
public static class ValueParsers
{
    public static bool TryBoolean(ReadOnlySpan<char> text, out bool value)
    {
        if (Is(text, "yes") || Is(text, "true") || Is(text, "1") || Is(text, "y"))
        {
            value = true;
            return true;
        }

        value = false;
        return Is(text, "no") || Is(text, "false") || Is(text, "0") || Is(text, "n");
    }

    public static bool TryOutcome(ReadOnlySpan<char> text, out ContactOutcome value)
    {
        value = Is(text, "abandoned") ? ContactOutcome.Abandoned : ContactOutcome.Answered;
        return Is(text, "answered") || Is(text, "abandoned");
    }

    public static bool TrySurveyType(ReadOnlySpan<char> text, out SurveyType value)
    {
        value = Is(text, "relationship") ? SurveyType.Relationship : SurveyType.Transactional;
        return Is(text, "relationship") || Is(text, "transactional");
    }

    public static bool TryInteger(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>"95", "95.4" (rounded half away from zero), "1:35" (m:ss) or "0:01:35" (h:mm:ss).</summary>
    public static bool TrySeconds(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                && d is > int.MinValue and < int.MaxValue)
            {
                value = (int)Math.Round(d, MidpointRounding.AwayFromZero);
                return true;
            }

            return false;
        }

        long total = 0;
        var parts = 0;
        while (true)
        {
            var end = text.IndexOf(':');
            var part = end < 0 ? text : text[..end];
            if (part.Length == 0 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || (parts > 0 && (n > 59 || part.Length != 2)))
            {
                return false;
            }

            total = (total * 60) + n;
            parts++;
            if (end < 0)
            {
                break;
            }

            text = text[(end + 1)..];
        }

        if (parts > 3 || total > int.MaxValue)
        {
            return false;
        }

        value = (int)total;
        return true;
    }

    private static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
