namespace Sailplan.Data.Audit;

/// <summary>
/// Who is making the changes a context saves, as the audit log names them: "user:ana@x.example",
/// "key:3f2a…", "cli:root", "system". Read at each save, so a scoped implementation can follow the
/// current request.
/// </summary>
public interface IAuditActor
{
    string Current { get; }
}

/// <summary>An actor that does not change: the CLI, tests, start-up work.</summary>
public sealed class FixedAuditActor(string name) : IAuditActor
{
    /// <summary>Changes the app makes on its own (migrations' data, the demo loaded at start-up).</summary>
    public const string SystemName = "system";

    public static FixedAuditActor System { get; } = new(SystemName);

    public string Current { get; } = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An actor needs a name.", nameof(name)) : name;
}
