namespace RuleOfLaw.Domain.Text;

/// <summary>How a report states a rate.</summary>
internal enum RateMentionKind
{
    /// <summary>A named rate or share with its printed figure: 纠正率18.2%, 其他公文5条,占41%.</summary>
    Published = 0,

    /// <summary>A count said to be all done, which states a rate of 100 % without naming it: 收到检察建议书8宗,均已完成整改.</summary>
    AllOf = 1,

    /// <summary>A comparison figure for a wider scope, printed next to the report's own: (全市16.2%).</summary>
    Benchmark = 2,

    /// <summary>An earlier level printed before the current one (纠错率较2022年的31.18%下降至10.98%: the 31.18%); not the report year's value.</summary>
    EarlierLevel = 3,
}
