namespace Sailplan.Core.Strategy;

/// <summary>How much the organisation expects of its customer service, from cost centre to growth engine.</summary>
public enum AmbitionLevel
{
    NecessaryCost = 1,
    EfficientService = 2,
    ValuedService = 3,
    BrandPromise = 4,
    StrategicDifferentiator = 5,
}

public static class AmbitionLevels
{
    public static string Describe(AmbitionLevel level) => level switch
    {
        AmbitionLevel.NecessaryCost => "Necessary cost: keep service cheap and compliant",
        AmbitionLevel.EfficientService => "Efficient service: solve problems quickly at low cost",
        AmbitionLevel.ValuedService => "Valued service: service keeps customers loyal",
        AmbitionLevel.BrandPromise => "Brand promise: service is part of why customers choose us",
        AmbitionLevel.StrategicDifferentiator => "Strategic differentiator and sales driver",
        _ => level.ToString(),
    };
}
