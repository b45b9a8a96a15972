namespace RuleOfLaw.Domain.Internal;

/// <summary>
/// The one catalogue of argument rules: every refusal of the library states one of these templates, filled with the
/// offending values (<see cref="Guard"/> takes nothing else), so each rule is worded once and the same on every runtime.
/// </summary>
/// <remarks>
/// A template's placeholders <c>{0}</c>, <c>{1}</c>, … are filled in the invariant culture, strings as they are
/// (<see cref="Invariant.Format"/>). Only this class creates a message, and only a message creates a
/// <see cref="Rule"/>; the conventions tests check both, and that no two messages share a template.
/// </remarks>
internal sealed class Message
{
    private Message(string template) => Template = template;

    /// <summary>Gets the template, with <c>{0}</c>, <c>{1}</c>, … for the values.</summary>
    public string Template { get; }

    /// <summary>Fills the template with the values.</summary>
    public Rule Format(params object?[] values) => new(Invariant.Format(Template, values));

    /// <inheritdoc/>
    public override string ToString() => Template;
    public static readonly Message MustNotBeNegative = new("{0} ({1}) must not be negative");
    public static readonly Message MustNotExceed = new("{0} ({1}) must not exceed {2} ({3})");
    public static readonly Message MustBeInRange = new("{0} ({1}) must be between {2} and {3}");
    public static readonly Message MustBeDefined = new("{0} ({1}) must be a defined {2} value");
    public static readonly Message MustNotBeNull = new("{0} must not be null");
    public static readonly Message MustNotBeBlank = new("{0} (\"{1}\") must not be empty or white space");
    public static readonly Message MustNotContainNull = new("{0} must not contain null (item {1} is null)");
    public static readonly Message MustNotContainBlank = new("{0} must not contain empty or white-space text (item {1} is \"{2}\")");
    public static readonly Message MustBeReportYear = new("obj must be a ReportYear");
    public static readonly Message AreaOfOtherCatalogue = new("areas[{0}] belongs to catalogue \"{1}\", not \"{2}\"");
    public static readonly Message AreasOutOfOrder = new("areas[{0}] is numbered {1}; areas must be numbered 1, 2, … in order");
    public static readonly Message RoleNeedsPercentage = new("role ({0}) must go with a percentage, not kind ({1})");
    public static readonly Message ChangeUnitMustFitKind = new("change unit ({0}) must fit kind ({1})");
    public static readonly Message PlanYearFollowsReportYear = new("plan year ({0}) must be the report year ({1}) + 1");
    public static readonly Message ExemptionOfPublishedReport = new("exemption (\"{0}\") must not be given for a report that is published ({1})");
    public static readonly Message MeasureSectionMissing = new("measures[{0}] names section {1}, which the outline does not have");
    public static readonly Message ShortcomingSectionMissing = new("shortcomings[{0}] names section {1}, which the outline does not have");
    public static readonly Message ShortcomingStatementOutsideBody = new("shortcomings[{0}].statement {1} must lie inside the body of section {2} ({3} characters)");
    public static readonly Message ShortcomingCauseOutsideBody = new("shortcomings[{0}] cause statement {1} must lie inside the body of section {2} ({3} characters)");
    public static readonly Message PlanItemSectionMissing = new("plan.Items[{0}] names section {1}, which the outline does not have");
    public static readonly Message PlanItemTargetMissing = new("plan.Items[{0}] names target {1}, which the outline does not have");
    public static readonly Message OutlineLevelOfMarker = new("outlineLevel ({0}) must be {1}, the level of marker \"{2}\"");
    public static readonly Message ChildMustBeDeeper = new("children[{0}] (level {1}, \"{2}\") must be deeper than its parent (level {3})");
    public static readonly Message PartsMustNotRepeat = new("parts must not repeat ({0} appears twice)");
    public static readonly Message BreakdownNeedsPart = new("parts must name at least one quantity");
    public static readonly Message BreakdownPartIsTotal = new("parts[{0}] ({1}) must not be the total");
    public static readonly Message BreakdownTotalMissing = new("breakdowns[{0}] names total {1}, which the report does not have");
    public static readonly Message BreakdownPartMissing = new("breakdowns[{0}] names part {1}, which the report does not have");
    public static readonly Message BreakdownPartNotPercentage = new("breakdowns[{0}] has no total, so part {1} must be a percentage, not {2}");
    public static readonly Message BreakdownPartOfOtherUnit = new("breakdowns[{0}] part {1} ({2} {3}) must have the total's kind and unit ({4} {5})");
    public static readonly Message DivisionCodeDigits = new("divisionCode (\"{0}\") must be 6, 9 or 12 ASCII digits (county and above, township, statistical code)");
    public static readonly Message ShortcomingNeedsDescriptionOrSection = new("description must not be empty unless the shortcoming names its section");
    public static readonly Message StatementNeedsSectionOnly = new("statement ({0}) must be given only with a section and no description");
    public static readonly Message CauseStatementsNeedSection = new("causeStatements ({0}) must be given only with a section");
    public static readonly Message StatementMustNotBeEmpty = new("statement ({0}) must not be empty");
    public static readonly Message CauseStatementMustNotBeEmpty = new("causeStatements[{0}] ({1}) must not be empty");
    public static readonly Message UrlMustBeAbsolute = new("url (\"{0}\") must be an absolute address");
    public static readonly Message TargetPathBesideTarget = new("targetPath ({0}) must not be given beside a target ({1})");
    public static readonly Message TargetPathOutsideSection = new("targetPath ({0}) must name a quantity of the item's section {1} or of a subsection");
    public static readonly Message CodeIsRetired = new("code (\"{0}\") is retired: {1}");
    public static readonly Message CodeMustBeCatalogued = new("code (\"{0}\") must be a code of the catalogue (ROL0001 to {1}, ROLT001 to {2})");
    public static readonly Message MustBeSectionPath = new("{0} (\"{1}\") must be a section path such as Sections[0].Children[2]");
    public static readonly Message MustBeQuantityPath = new("{0} (\"{1}\") must be a section quantity's path such as Sections[0].Children[2].Quantities[1]");
    public static readonly Message RatioConsequentPositive = new("consequent ({0}) must be positive unless antecedent ({1}) is 0 too");
    public static readonly Message RatioText = new("a ratio (\"{0}\") must be two numbers around one colon, such as 1.2:1");
    public static readonly Message RatioTerms = new("the terms of a ratio (\"{0}\") must be plain decimals without sign or blanks, such as 1.2:1");
    public static readonly Message RatioGoesWithKind = new("ratio ({0}) must be given exactly for kind Ratio, not for kind ({1})");
    public static readonly Message RatioValueIsFirstTerm = new("value ({0}) must be the ratio's first term ({1})");
    public static readonly Message FractionGoesWithPercent = new("fraction ({0}) must go with kind Percent and no scale word, not kind ({1}) and scale ({2})");
    public static readonly Message FractionNeedsDenominator = new("fraction ({0}) must have a positive denominator");
    public static readonly Message FractionValueIsItsPercent = new("value ({0}) must be the fraction's percentage ({1})");
    public static readonly Message NumeratorExceedsDenominator = new("numerator ({0}) must not exceed denominator ({1})");
    public static readonly Message AcceptedRoundingMustNameOne = new("accepted ({0}) must name at least one of HalfAwayFromZero, HalfToEven, Truncation");
    public static readonly Message SumExceedsLargestCount = new("the sum of the {0} ({1} + {2}) exceeds the largest count, {3}");
    public static readonly Message FigureDecimals = new("value ({0}) must print at most {1} decimals, not {2}");
    public static readonly Message FigureText = new("published figure (\"{0}\") must be a plain decimal number such as 18.2, with at most {1} decimals");
    public static readonly Message SubjectScopeName = new("name (\"{0}\") must be null for the subject's own scope");
    public static readonly Message SubjectScopeLevel = new("level ({0}) must be null for the subject's own scope");
    public static readonly Message BenchmarkScopeLevel = new("level must be given for a benchmark scope");
    public static readonly Message DenominatorNamesDistinct = new("denominator names must be distinct; \"{0}\" appears twice");
    public static readonly Message QuantityBesideCounts = new("quantity ({0}) must not be given together with counts ({1} of {2})");
    public static readonly Message UnlistedIndicatorName = new("name must be given for the unlisted indicator {0}");
    public static readonly Message NumeratorLinkWithoutCount = new("numerator link ({0}) must not be given without a numerator");
    public static readonly Message DenominatorLinkWithoutCount = new("denominator link ({0}) must not be given without a denominator");
    public static readonly Message DefinedCodeUnlisted = new("a defined indicator's code ({0}) must not start with \"{1}\", the prefix of unlisted names");
    public static readonly Message DenominatorNameSnakeCase = new("denominator name (\"{0}\") must be lower-case snake case such as concluded_by_decision");
    public static readonly Message FrameworkTooDeep = new("roots are {0} levels deep; the framework declares {1}");
    public static readonly Message PublishedChangeUnit = new("unit ({0}) must be Percent or PercentagePoints: an indicator value's change is a percentage");
    public static readonly Message TargetDecimals = new("value ({0}) must have at most {1} decimals, not {2}");
    public static readonly Message MustBeValidationCode = new("code (\"{0}\") must be a validation code from ROL0001 to {1}");
    public static readonly Message ValuesMustHoldName = new("values must hold \"{0}\", which the message of {1} names");
    public static readonly Message ValuesMustNotHoldNull = new("values must not hold null");
    public static readonly Message ValuesMustMatchNames = new("values ({0}) must match the {1} names of {2}");
    public static readonly Message TemplateMustCloseBraces = new("message template (\"{0}\") must close every brace");
    public static readonly Message OverlaySettingsEmpty = new("settings of overlay \"{0}\" must not be empty");
    public static readonly Message DisclosedBeforeDecided = new("disclosedOn ({0}) must not be before decidedOn ({1})");
    public static readonly Message AnsweredBeforeReceived = new("answeredOn ({0}) must not be before receivedOn ({1})");
    public static readonly Message FactorAboveOne = new("factor ({0}) must be greater than 1");
    public static readonly Message ThresholdInUnitInterval = new("threshold ({0}) must be greater than 0 and at most 1");
    public static readonly Message DenominatorAtLeastOne = new("denominator ({0}) must be at least 1");
    public static readonly Message ParallelismAtLeastOne = new("maxDegreeOfParallelism ({0}) must be at least 1");
    public static readonly Message ThresholdPositive = new("threshold ({0}) must be a finite number greater than 0");
    public static readonly Message MinimumAboveMaximum = new("minimumPercent ({0}) must not exceed maximumPercent ({1})");
    public static readonly Message ReportMustNotBeNull = new("reports[{0}] must not be null");
    public static readonly Message IsoCalendarOnly = new("a {0} must be in the ISO calendar to be written as JSON, not {1}");
    public static readonly Message ExtendsBuiltInProfile = new("extends (\"{0}\") must name a built-in profile: {1}");
    public static readonly Message OverlayMustBeSample = new("overlays (\"{0}\") must each name a sample overlay: {1}");
    public static readonly Message AcceptedRoundingNames = new("acceptedRounding ({0}) must name halfAwayFromZero, halfToEven or truncation");
    public static readonly Message RuleSettingEmpty = new("the rule for {0} must set enabled, severity or both");
    public static readonly Message ReadingCodeMustBeCatalogued = new("code (\"{0}\") must be a reading code from ROLT001 to {1}");
    public static readonly Message ReadingCodeIsRetired = new("code (\"{0}\") must be a reading code from ROLT001 to {1} (it is retired)");
    public static readonly Message NumberTextEmpty = new("The text is empty: a number needs at least one numeral.");
    public static readonly Message NotANumber = new("\"{0}\" is not a number: at character {1} ('{2}'), {3}.");
    public static readonly Message IndicatorCodeLength = new("indicator code (\"{0}\") must have 1 to {1} characters, not {2}");
    public static readonly Message IndicatorCodeSnakeCase = new("indicator code (\"{0}\") must be lower-case snake case (a-z, 0-9, single inner underscores, starting with a letter); character {1} ('{2}') is not allowed there");
    public static readonly Message WorkingDayLineParts = new("working-day data line {0} (\"{1}\") must have a keyword, a value and a name or citation");
    public static readonly Message WorkingDayYearRange = new("working-day data line {0} (\"{1}\") must give a year between 1900 and 2200");
    public static readonly Message WorkingDayYearTwice = new("working-day data line {0} (\"{1}\") must not open a year twice");
    public static readonly Message WorkingDayNeedsYear = new("working-day data line {0} (\"{1}\") must follow a year line");
    public static readonly Message WorkingDaySingleDate = new("working-day data line {0} (\"{1}\") must give a single date for a working day");
    public static readonly Message WorkingDayOutsideYear = new("working-day data line {0} (\"{1}\") must stay within the year opened");
    public static readonly Message WorkingDayMustBeWeekend = new("working-day data line {0} (\"{1}\") must give a Saturday or Sunday as a working day in exchange");
    public static readonly Message WorkingDayDateTwice = new("working-day data line {0} (\"{1}\") must not list a date twice");
    public static readonly Message WorkingDayKeyword = new("working-day data line {0} (\"{1}\") must start with year, off or work");
    public static readonly Message WorkingDayDates = new("working-day data line {0} (\"{1}\") must give dates as yyyy-MM-dd or yyyy-MM-dd..yyyy-MM-dd");
    public static readonly Message WorkingDayRangeBackwards = new("working-day data line {0} (\"{1}\") must not end a range before it starts");
}

/// <summary>A rule of the <see cref="Message"/> catalogue, filled with the values that broke it.</summary>
internal readonly struct Rule
{
    internal Rule(string text) => Text = text;

    /// <summary>Gets the rule as it reads, for example <c>numerator (12) must not exceed denominator (11)</c>.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text ?? string.Empty;
}
