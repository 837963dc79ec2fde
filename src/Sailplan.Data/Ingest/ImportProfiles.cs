using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Ingest;

namespace Sailplan.Data.Ingest;

/// <summary>The profiles an organisation can import with: its saved ones first, then the built-in ones.</summary>
public static class ImportProfiles
{
    /// <summary>
    /// The profile called <paramref name="name"/> (a saved profile's name, or a built-in profile's name or
    /// source), or the kind's default when no name is given. Unknown names and a profile of the other kind are
    /// refused, naming the profiles that would fit.
    /// </summary>
    public static async Task<MappingProfile> ResolveAsync(AppDb db, Guid organizationId, FactKind kind, string? name,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return BuiltInProfiles.Default(kind);
        }

        var saved = await db.InOrganization<SavedProfile>(organizationId).AsNoTracking()
            .Where(p => p.Name == name.Trim()).FirstOrDefaultAsync(cancellationToken);
        var profile = saved?.Profile ?? BuiltInProfiles.Find(name);
        if (profile is null || profile.Kind != kind)
        {
            var known = await ListAsync(db, organizationId, kind, cancellationToken);
            throw new DomainException("profile", profile is null
                ? $"There is no profile '{name}'. Profiles for {Describe(kind)}: {string.Join(", ", known.Select(p => p.Name))}."
                : $"The profile '{name}' reads {Describe(profile.Kind)}, not {Describe(kind)}.");
        }

        return profile;
    }

    public static async Task<IReadOnlyList<MappingProfile>> ListAsync(AppDb db, Guid organizationId, FactKind kind,
        CancellationToken cancellationToken = default)
    {
        var saved = await db.InOrganization<SavedProfile>(organizationId).AsNoTracking()
            .Where(p => p.Kind == kind).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. saved.Select(p => p.Profile), .. BuiltInProfiles.All.Where(p => p.Kind == kind)];
    }

    /// <summary>Saves <paramref name="profile"/> as the organisation's profile <paramref name="name"/>, creating or replacing it.</summary>
    public static async Task<MappingProfile> SaveAsync(AppDb db, Guid organizationId, string name, MappingProfile profile,
        CancellationToken cancellationToken = default)
    {
        var named = profile with { Name = name.Trim() };
        var saved = await db.InOrganization<SavedProfile>(organizationId).SingleOrDefaultAsync(p => p.Name == named.Name, cancellationToken);
        if (saved is null)
        {
            db.Add(SavedProfile.Create(organizationId, named));
        }
        else
        {
            saved.Update(named);
        }

        await db.SaveChangesAsync(cancellationToken);
        return named;
    }

    /// <summary>Deletes the organisation's profile <paramref name="name"/>; false when it has none of that name.</summary>
    public static async Task<bool> DeleteAsync(AppDb db, Guid organizationId, string name, CancellationToken cancellationToken = default)
    {
        var saved = await db.InOrganization<SavedProfile>(organizationId).SingleOrDefaultAsync(p => p.Name == name.Trim(), cancellationToken);
        if (saved is null)
        {
            return false;
        }

        db.Remove(saved);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Describe(FactKind kind) => kind == FactKind.Contacts ? "contacts" : "survey responses";
}
