using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>Every object of the library a user can reach prints its values, never a collection's type name.</summary>
public sealed class ToStringTests
{
    [Fact]
    public void EveryReachableObject_PrintsItsValues_NotACollectionTypeName()
    {
        var read = ReportTextReader.Read(SampleDocuments.PublishedReportText);
        var roots = new object[]
        {
            SampleDocuments.PublishedReport,
            SampleDocuments.BreaksEveryNationalRule,
            read,
            SampleDocuments.FrameworkWithMismatchedCounts,
            SampleDocuments.BreaksEveryCaseRule,
            TaskAreaCatalog.Outline2021To2025,
            new ReportValidator(RuleSet.National, SampleDocuments.Clock).Validate(SampleDocuments.BreaksEveryNationalRule),
        };

        var seen = new HashSet<Type>();
        var failures = new List<string>();
        foreach (var root in roots)
        {
            Walk(root, seen, failures, depth: 0);
        }

        Assert.True(seen.Count >= 20, "walked only " + seen.Count + " types: " + string.Join(", ", seen.Select(t => t.Name)));
        Assert.Empty(failures);
    }

    [Fact]
    public void ARecordsList_ShowsItsFirstItemsAndHowManyInAll()
    {
        var shortcoming = new Shortcoming("人员不足", ["编制少", "培训少"]);
        var report = SampleDocuments.PublishedReport;

        Assert.Equal("Shortcoming { Description = 人员不足, Causes = [ 编制少, 培训少 ], Section = , Statement = , CauseStatements = [] }", shortcoming.ToString());
        Assert.Contains(" in all ]", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("Year = " + report.Year, report.ToString(), StringComparison.Ordinal);
    }

    private static void Walk(object value, HashSet<Type> seen, List<string> failures, int depth)
    {
        var type = value.GetType();
        if (depth > 6 || type.Assembly != typeof(AnnualReport).Assembly || !seen.Add(type))
        {
            return;
        }

        var text = value.ToString() ?? string.Empty;
        if (text.Contains("`1", StringComparison.Ordinal) || text.Contains("System.Collections", StringComparison.Ordinal) || text == type.FullName)
        {
            failures.Add(type.Name + ": " + text[..Math.Min(text.Length, 200)]);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? member;
            try
            {
                member = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            foreach (var item in Items(member))
            {
                Walk(item, seen, failures, depth + 1);
            }
        }
    }

    private static IEnumerable<object> Items(object? member) => member switch
    {
        null or string => [],
        IEnumerable items => items.OfType<object>().Take(20),
        _ => [member],
    };
}
