namespace Sailplan.Data.Ingest;

/// <summary>What the import history says about where rows came from: the file (or API source), the reader profile, who ran it.</summary>
public sealed record ImportInfo(string FileName, string? Profile, string Actor);

public enum ImportStep
{
    StoringFacts,
    RepeatFlags,
    Rollups,
    Done,
}
