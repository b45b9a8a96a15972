namespace RuleOfLaw.Domain.Indicators;

/// <summary>Why a reader took a stated count as a rate's or share's numerator or denominator, and how far from the figure it stood.</summary>
/// <remarks>
/// <para>
/// A reader links a rate to the counts of its own clause first, then of its sentence and the sentence before, then of
/// its section, and never across a heading. Most links are made by the count words of the rate's catalogue definition
/// (纠错 for the numerator of 纠错率, 审结 or 受理 for its denominator) or, for a rate no catalogue lists, by the word before
/// its 率 (响应 of 响应率); a share's numerator is the part printed with it and its denominator the whole stated before.
/// </para>
/// <para>
/// When the counts so chosen give a different figure under every rounding rule and another stated count of the section
/// gives it, the reader takes that count and says so in a read note (<see cref="FitsPrintedFigure"/>).
/// </para>
/// </remarks>
public enum CountLink
{
    /// <summary>In the figure's own clause, with no comma between (负责人出庭应诉16件占50%).</summary>
    SameClause = 0,

    /// <summary>Earlier in the figure's sentence, named by the rate's count words (纳入调解27件,调解结案17件,调解率62.96%).</summary>
    SameSentence = 1,

    /// <summary>In the sentence before the figure's, on the same line, named by the rate's count words.</summary>
    PreviousSentence = 2,

    /// <summary>Earlier in the figure's section with no heading between: the whole a share is part of (累计公开信息12条 … 其他公文5条,占41%).</summary>
    SameSection = 3,

    /// <summary>The count is said to be all done (收到检察建议书8宗,均已完成整改): it is both numerator and denominator.</summary>
    AllOfStatement = 4,

    /// <summary>
    /// The one count of the section that gives the printed figure, taken instead of the count the words named, which gives
    /// a different figure under every rounding rule; a read note names both.
    /// </summary>
    FitsPrintedFigure = 5,
}
