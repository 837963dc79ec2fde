using Sailplan.Core;

namespace Sailplan.Data.Ingest.Files;

/// <summary>
/// An uploaded file copied to a temporary file. The readers are synchronous (span-based parsing), and ASP.NET Core
/// forbids synchronous reads of a request body; spooling also lets the preview scan the file and the import read it
/// again without holding it in memory. Disposing deletes the file.
/// </summary>
public sealed class SpooledUpload : IDisposable, IAsyncDisposable
{
    internal SpooledUpload(string path, string fileName, long length)
    {
        Path = path;
        FileName = fileName;
        Length = length;
    }

    public string Path { get; }

    /// <summary>The name the upload came with (its extension chooses the format when the profile does not).</summary>
    public string FileName { get; }

    public long Length { get; }

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public void Dispose() => File.Delete(Path);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

public static class UploadSpool
{
    /// <summary>Copies <paramref name="body"/> (e.g. HttpRequest.Body) to a temporary file; more than <paramref name="maxBytes"/> is refused.</summary>
    public static async Task<SpooledUpload> SaveAsync(Stream body, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sailplan-upload-{Guid.CreateVersion7():N}.tmp");
        var buffer = new byte[1 << 16];
        long length = 0;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    throw new DomainException("file", $"The file is larger than {maxBytes / (1 << 20)} MiB.");
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return new SpooledUpload(path, fileName, length);
    }
}
