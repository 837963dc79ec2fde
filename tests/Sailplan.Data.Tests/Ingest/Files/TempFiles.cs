namespace Sailplan.Data.Tests.Ingest.Files;

/// <summary>A temporary folder for files written by a test, deleted afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sailplan-ingest-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
