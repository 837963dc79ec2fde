using Microsoft.AspNetCore.Identity;

namespace Sailplan.Data;

/// <summary>
/// A person who signs in. Users are not owned by one organisation (one person may belong to
/// several); what they may see and do in each is their <see cref="Core.Security.Membership"/>.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";
}
