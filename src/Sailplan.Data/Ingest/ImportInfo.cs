namespace Sailplan.Data.Ingest;

/// <summary>What the import history says about where rows came from: the file (or API source), the reader profile, who ran it.</summary>
public sealed record ImportInfo(string FileName, string? Profile, string Actor);

/// <summary>The steps of committing an import, in the order they run.</summary>
public enum ImportStep
{
    SkippingKnownRows,
    RepeatFlags,
    Rollups,
    StoringFacts,
    Done,
}
