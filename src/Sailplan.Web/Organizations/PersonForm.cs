using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Organizations;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Organizations;

public sealed class PersonForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Email")]
    public string? Email { get; set; }

    [Display(Name = "Job title")]
    public string? Title { get; set; }

    [Display(Name = "Unit")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Manager")]
    public Guid? ManagerId { get; set; }

    public int Version { get; set; }

    public static PersonForm From(Person person) => new()
    {
        Name = person.Name,
        Email = person.Email,
        Title = person.Title,
        UnitId = person.UnitId,
        ManagerId = person.ManagerId,
        Version = person.Version,
    };

    public PersonInput ToInput() => new(Name ?? "", Email ?? "", Title, UnitId, ManagerId, Version);
}

/// <summary>What the person fields partial needs: the form, the units and the people who may manage.</summary>
public sealed record PersonFields(PersonForm Input, IReadOnlyList<Choice> Units, IReadOnlyList<Choice> Managers);
