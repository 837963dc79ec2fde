namespace Sailplan.Core.Tests;

/// <summary>The repository's files (docs/) that tests keep in step with the code.</summary>
public static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sailplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sailplan.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string ReadDoc(string name) => File.ReadAllText(Path.Combine(Root(), "docs", name));
}
