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

    /// <summary>
    /// The central government: the State Council and its ministries, commissions and administrations (国家级, 国务院各部门),
    /// and national benchmarks (全国).
    /// </summary>
    /// <remarks>
    /// A national body is not a local government: the rule that a local government reports to the Party committee and
    /// the people's congress standing committee of its level within the first quarter does not apply to it; publication
    /// before 1 April (the regulation, art. 24) does.
    /// </remarks>
    National = 4,
}
