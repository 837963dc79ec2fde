namespace Sailplan.Core.Ingest;

/// <summary>
/// A mapping profile an organisation saved, so its exports import the same way every time. The profile is
/// kept as its JSON (<see cref="MappingProfile.ToJson"/>): it is always read whole, and new profile settings
/// need no schema change.
/// </summary>
public sealed class SavedProfile : Entity
{
    private SavedProfile(Guid organizationId) : base(organizationId) { }

    public string Name { get; private set; } = "";
    public FactKind Kind { get; private set; }
    public string Definition { get; private set; } = "{}";

    public MappingProfile Profile => MappingProfile.FromJson(Definition);

    public static SavedProfile Create(Guid organizationId, MappingProfile profile)
    {
        var saved = new SavedProfile(organizationId);
        saved.Update(profile);
        return saved;
    }

    public void Update(MappingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile.Validate();
        if (BuiltInProfiles.Find(profile.Name) is not null)
        {
            throw new DomainException("name", $"'{profile.Name}' is the name of a built-in profile; give yours another name.");
        }

        Name = profile.Name.Trim();
        Kind = profile.Kind;
        Definition = profile.ToJson();
    }
}
