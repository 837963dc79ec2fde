using System.Text;
using System.Text.Unicode;
using Sailplan.Core;

namespace Sailplan.Data.Ingest.Files;

/// <summary>
/// Chooses how a file's bytes become text. A byte-order mark decides (UTF-8, UTF-16 LE/BE); without one the first
/// megabyte is checked: valid UTF-8 is read as UTF-8, anything else as Windows-1252 (what Excel on Western-European
/// Windows writes). UTF-8 is decoded strictly, so a file that turns invalid after the sample fails with its line
/// instead of importing replacement characters.
/// </summary>
public static class TextDecoding
{
    public const int SampleSize = 1 << 20;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The encoding a profile names, or a <see cref="DomainException"/> on "encoding".</summary>
    public static Encoding Named(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            return encoding.CodePage == Encoding.UTF8.CodePage ? StrictUtf8 : encoding;
        }
        catch (ArgumentException)
        {
            throw new DomainException("encoding", $"\"{name}\" is not an encoding this server knows (try utf-8, utf-16 or windows-1252).");
        }
    }

    /// <summary>The encoding of a file that starts with <paramref name="sample"/>, and the length of its byte-order mark.</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> sample, bool sampleIsWholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (!sampleIsWholeFile)
        {
            sample = sample[..CompleteUtf8Length(sample)];
        }

        return (Utf8.IsValid(sample) ? StrictUtf8 : Windows1252, 0);
    }

    /// <summary>
    /// Reads the sample, decides the encoding (the profile's if it names one) and returns a reader positioned after any
    /// byte-order mark. The stream is read once, from where it is; it does not need to seek.
    /// </summary>
    public static (Stream Content, Encoding Encoding) Open(Stream stream, string? encodingName)
    {
        var sample = new byte[SampleSize];
        var length = 0;
        int read;
        while (length < sample.Length && (read = stream.Read(sample, length, sample.Length - length)) > 0)
        {
            length += read;
        }

        var (detected, bom) = Detect(sample.AsSpan(0, length), sampleIsWholeFile: length < sample.Length);
        var encoding = encodingName is null ? detected : Named(encodingName);
        if (encodingName is not null && bom > 0 && encoding.CodePage != detected.CodePage)
        {
            bom = 0;
        }

        return (new ReplayStream(sample, bom, length, stream), encoding);
    }

    // Cuts an incomplete multi-byte sequence at the end of the sample, so that the cut is not mistaken for bad UTF-8.
    private static int CompleteUtf8Length(ReadOnlySpan<byte> sample)
    {
        for (var back = 1; back <= 3 && back <= sample.Length; back++)
        {
            var b = sample[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? sample.Length - back : sample.Length;
        }

        return sample.Length;
    }
}
