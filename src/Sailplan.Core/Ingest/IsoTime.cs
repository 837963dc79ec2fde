namespace Sailplan.Core.Ingest;

/// <summary>
/// A hand-written reader for the ISO 8601 forms exports use: yyyy-MM-dd, then optionally 'T' or ' ' and HH:mm[:ss[.f…]],
/// then optionally 'Z' or ±HH:mm / ±HHmm / ±HH. DateTime.TryParseExact over a list of formats costs microseconds per
/// value; at ten million rows that is the whole time budget.
/// </summary>
internal static class IsoTime
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTime wall, out TimeSpan? offset)
    {
        wall = default;
        offset = null;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        long fraction = 0;
        var i = 10;
        if (i < s.Length && s[i] is 'T' or ' ')
        {
            if (s.Length < i + 6 || s[i + 3] != ':' || !Digits(s, i + 1, 2, out hour) || !Digits(s, i + 4, 2, out minute)
                || hour > 23 || minute > 59)
            {
                return false;
            }

            i += 6;
            if (i < s.Length && s[i] == ':')
            {
                if (!Digits(s, i + 1, 2, out second) || second > 59)
                {
                    return false;
                }

                i += 3;
                if (i < s.Length && s[i] is '.' or ',')
                {
                    i++;
                    var digits = 0;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        if (digits < 7)
                        {
                            fraction = (fraction * 10) + (s[i] - '0');
                            digits++;
                        }

                        i++;
                    }

                    if (digits == 0)
                    {
                        return false;
                    }

                    for (; digits < 7; digits++)
                    {
                        fraction *= 10;
                    }
                }
            }
        }

        if (i < s.Length)
        {
            if (s[i] == 'Z' && i + 1 == s.Length)
            {
                offset = TimeSpan.Zero;
            }
            else if (s[i] is '+' or '-' && TryOffset(s[(i + 1)..], out var minutes))
            {
                offset = TimeSpan.FromMinutes(s[i] == '-' ? -minutes : minutes);
            }
            else
            {
                return false;
            }
        }

        wall = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<char> s, out int minutes)
    {
        minutes = 0;
        int hours, mins = 0;
        switch (s.Length)
        {
            case 2 when Digits(s, 0, 2, out hours):
                break;
            case 4 when Digits(s, 0, 2, out hours) && Digits(s, 2, 2, out mins):
                break;
            case 5 when s[2] == ':' && Digits(s, 0, 2, out hours) && Digits(s, 3, 2, out mins):
                break;
            default:
                return false;
        }

        minutes = (hours * 60) + mins;
        return hours <= 14 && mins <= 59;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            var c = s[k];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
