namespace Sailplan.Data.Ingest.Files;

/// <summary>A read-only stream that gives back bytes already read (the sample) and then the rest of the source.</summary>
internal sealed class ReplayStream(byte[] prefix, int prefixStart, int prefixEnd, Stream rest) : Stream
{
    private int position = prefixStart;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position < prefixEnd)
        {
            var n = Math.Min(buffer.Length, prefixEnd - position);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
