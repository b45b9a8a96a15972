namespace RuleOfLaw.Domain;

/// <summary>The administrative level of a reporting subject (行政级别).</summary>
public enum AdministrativeLevel
{
    /// <summary>A province, autonomous region or municipality directly under the central government (省级).</summary>
    Province = 0,

    /// <summary>A city with districts, prefecture or equivalent (市级).</summary>
    City = 1,

    /// <summary>A county, district or county-level city (县级, 区).</summary>
    County = 2,

    /// <summary>A township, town or sub-district (乡镇, 街道).</summary>
    Township = 3,
}
