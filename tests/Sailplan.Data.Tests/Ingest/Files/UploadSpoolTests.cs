using Sailplan.Data.Ingest.Files;

namespace Sailplan.Data.Tests.Ingest.Files;

public class UploadSpoolTests
{
    [Fact]
    public async Task A_request_body_is_copied_to_a_temporary_file_that_disposing_deletes()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);

        string path;
        await using (var upload = await UploadSpool.SaveAsync(new MemoryStream(bytes), "x.csv", 1 << 20, CancellationToken.None))
        {
            path = upload.Path;
            await using var copy = upload.OpenRead();
            using var read = new MemoryStream();
            await copy.CopyToAsync(read);
            Assert.Equal(bytes, read.ToArray());
            Assert.Equal((200_000L, "x.csv"), (upload.Length, upload.FileName));
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        var e = await Assert.ThrowsAsync<Core.DomainException>(() => UploadSpool.SaveAsync(new MemoryStream(new byte[3 << 20]), "x.csv", 1 << 20, CancellationToken.None));

        Assert.Equal("file", e.Field);
    }
}
