namespace Sailplan.Core.Ingest;

/// <summary>What one import file holds: contacts or survey responses (never both in one file).</summary>
public enum FactKind
{
    Contacts,
    Surveys,
}

/// <summary>How a file is laid out. A profile may fix it; otherwise the file's extension decides.</summary>
public enum FileFormat
{
    Csv,
    JsonLines,
}
