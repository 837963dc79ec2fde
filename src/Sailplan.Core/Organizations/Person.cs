using System.Net.Mail;

namespace Sailplan.Core.Organizations;

public sealed class Person : Entity
{
    private Person(Guid organizationId) : base(organizationId) { }

    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? Title { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? ManagerId { get; private set; }

    public static Person Create(Guid organizationId, string name, string email, string? title = null, Guid? unitId = null, Guid? managerId = null)
    {
        var person = new Person(organizationId);
        person.Update(name, email, title, unitId, managerId);
        return person;
    }

    public void Update(string name, string email, string? title, Guid? unitId, Guid? managerId)
    {
        if (managerId == Id)
        {
            throw new DomainException("managerId", $"{name} cannot be their own manager.");
        }

        Name = Require.Text(name, "name");
        Email = ValidEmail(email);
        Title = Require.OptionalText(title, "title", 200);
        UnitId = unitId;
        ManagerId = managerId;
    }

    private static string ValidEmail(string? email)
    {
        var text = Require.Text(email, "email", 254);
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text)
        {
            throw new DomainException("email", $"'{text}' is not an email address.");
        }

        return text.ToLowerInvariant();
    }
}
