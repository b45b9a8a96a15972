using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Rates;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions
{
    /// <summary>
    /// No namespace cycles: the namespaces of the package form a layered graph, so no namespace depends on one that
    /// depends back on it. At the bottom, <c>Internal</c> (the guard and its messages) depends on no other namespace; on it
    /// sits the root namespace <c>RuleOfLaw.Domain</c>, the shared core (<c>ReportYear</c>, <c>AdministrativeLevel</c>,
    /// <c>MessageLanguage</c>, China time), which depends on nothing else; every other namespace sees the root without a
    /// <c>using</c>. The graph is read from the compiled assembly (<see cref="AssemblyReferences"/>: base types,
    /// signatures, fields, attributes and every type, method and field a method body names), and its strongly connected
    /// components are found with Tarjan's algorithm. A namespace below a child of the root (<c>Text.Mapping</c>,
    /// <c>Validation.Rules</c>, internal types only) holds that child's internals and counts as part of it.
    /// </summary>
    public sealed class NamespaceCycleTests
    {
        private const string Root = "RuleOfLaw.Domain";

        private const string Internal = "RuleOfLaw.Domain.Internal";

        private static readonly Lazy<ImmutableArray<AssemblyReferences.Reference>> LibraryReferences = new(() => AssemblyReferences.Of(typeof(Rate).Assembly));

        [Fact]
        public void Library_HasNoNamespaceCycle()
        {
            var cycles = Cycles(LibraryReferences.Value, Root);

            Assert.True(cycles.IsEmpty, "namespaces depend on each other; move the shared type to a namespace both can depend on (the root namespace for the core), move the user up, or invert the dependency:\n" + string.Join("\n", cycles));
        }

        [Fact]
        public void Library_RootNamespaceDependsOnNoSubNamespaceButInternal()
        {
            var edges = (Graph(LibraryReferences.Value, Root).GetValueOrDefault(Root) ?? []).Where(edge => edge.Key != Internal).ToArray();

            Assert.True(edges.Length == 0, "the root namespace is the shared core and must depend on no namespace below it but Internal:\n" + string.Join("\n", edges.Select(edge => $"  {Root} -> {edge.Key}: e.g. {edge.Value}")));
        }

        [Fact]
        public void Library_InternalDependsOnNoOtherNamespace()
        {
            var edges = Graph(LibraryReferences.Value, Root).GetValueOrDefault(Internal) ?? [];

            Assert.True(edges.Count == 0, "Internal is the bottom layer and must depend on no other namespace of the library:\n" + string.Join("\n", edges.Select(edge => $"  {Internal} -> {edge.Key}: e.g. {edge.Value}")));
        }

        [Fact]
        public void Library_GraphHoldsTheLayersItIsAbout()
        {
            var graph = Graph(LibraryReferences.Value, Root);

            Assert.DoesNotContain("RuleOfLaw.Domain.Validation.Rules", graph.Keys);
            Assert.Contains("RuleOfLaw.Domain.Reports", graph["RuleOfLaw.Domain.Validation"].Keys);
            Assert.Contains("RuleOfLaw.Domain.Validation", graph["RuleOfLaw.Domain.Text"].Keys);
            Assert.Contains(Internal, graph[Root].Keys);
            Assert.Contains("RuleOfLaw.Domain.Internal", graph["RuleOfLaw.Domain.Reports"].Keys);
            Assert.Contains(Root, graph["RuleOfLaw.Domain.Reports"].Keys);
        }

        [Fact]
        public void Check_FindsTheCycleOfDeliberatelyCyclicNamespaces()
        {
            var references = AssemblyReferences.Of(typeof(NamespaceCycleTests).Assembly);

            var cycles = Cycles(references, "RuleOfLaw.Domain.Tests.CycleFixture");

            var cycle = Assert.Single(cycles);
            Assert.Equal(["RuleOfLaw.Domain.Tests.CycleFixture.Lower", "RuleOfLaw.Domain.Tests.CycleFixture.Middle", "RuleOfLaw.Domain.Tests.CycleFixture.Upper"], cycle.Namespaces);
            var text = cycle.ToString();
            Assert.Contains("CycleFixture.Upper -> RuleOfLaw.Domain.Tests.CycleFixture.Middle: e.g. RuleOfLaw.Domain.Tests.CycleFixture.Upper.Caller.Call -> RuleOfLaw.Domain.Tests.CycleFixture.Middle.Relay::Pass", text, StringComparison.Ordinal);
            Assert.Contains("CycleFixture.Middle -> RuleOfLaw.Domain.Tests.CycleFixture.Lower: e.g. RuleOfLaw.Domain.Tests.CycleFixture.Middle.Relay+<>c.<Pass>b__0_0 -> RuleOfLaw.Domain.Tests.CycleFixture.Lower.Callee::Answer", text, StringComparison.Ordinal);
            Assert.Contains("CycleFixture.Lower -> RuleOfLaw.Domain.Tests.CycleFixture.Upper: e.g. RuleOfLaw.Domain.Tests.CycleFixture.Lower.Callee.Back -> System.Type, RuleOfLaw.Domain.Tests.CycleFixture.Upper.Caller", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Check_FindsARootThatDependsOnItsSubNamespace()
        {
            var graph = Graph(AssemblyReferences.Of(typeof(NamespaceCycleTests).Assembly), "RuleOfLaw.Domain.Tests.CycleFixture.Layered");

            Assert.Equal(["RuleOfLaw.Domain.Tests.CycleFixture.Layered.Bottom"], graph["RuleOfLaw.Domain.Tests.CycleFixture.Layered"].Keys);
        }

        [Fact]
        public void Check_AcceptsALayeredGraph()
        {
            var references = AssemblyReferences.Of(typeof(NamespaceCycleTests).Assembly);

            var graph = Graph(references, "RuleOfLaw.Domain.Tests.CycleFixture.Layered");

            Assert.Contains("RuleOfLaw.Domain.Tests.CycleFixture.Layered.Bottom", graph["RuleOfLaw.Domain.Tests.CycleFixture.Layered.Top"].Keys);
            Assert.DoesNotContain("RuleOfLaw.Domain.Tests.CycleFixture.Layered.Bottom.Deeper", graph.Keys);
            Assert.Empty(Cycles(references, "RuleOfLaw.Domain.Tests.CycleFixture.Layered"));
        }

        /// <summary>A cycle: the namespaces of one strongly connected component, and an example reference for each edge inside it.</summary>
        internal sealed record Cycle(ImmutableArray<string> Namespaces, ImmutableArray<(string From, string To, AssemblyReferences.Reference Example)> Edges)
        {
            public override string ToString() =>
                string.Join(" <-> ", Namespaces) + "\n" + string.Join("\n", Edges.Select(edge => $"  {edge.From} -> {edge.To}: e.g. {edge.Example}"));
        }

        /// <summary>
        /// Gets, for each namespace at or below <paramref name="root"/>, the namespaces at or below it that it refers to,
        /// with an example reference for each edge (the first in metadata order). A namespace below a child of the root
        /// counts as that child.
        /// </summary>
        internal static Dictionary<string, Dictionary<string, AssemblyReferences.Reference>> Graph(ImmutableArray<AssemblyReferences.Reference> references, string root)
        {
            string? NodeOf(string space)
            {
                if (space == root)
                {
                    return root;
                }

                if (!space.StartsWith(root + ".", StringComparison.Ordinal))
                {
                    return null;
                }

                var child = space.IndexOf('.', root.Length + 1);
                return child < 0 ? space : space[..child];
            }

            var graph = new Dictionary<string, Dictionary<string, AssemblyReferences.Reference>>(StringComparer.Ordinal);
            foreach (var reference in references)
            {
                if (NodeOf(reference.UserNamespace) is not { } user)
                {
                    continue;
                }

                if (!graph.TryGetValue(user, out var edges))
                {
                    graph[user] = edges = new Dictionary<string, AssemblyReferences.Reference>(StringComparer.Ordinal);
                }

                foreach (var target in reference.Types.Select(type => NodeOf(AssemblyReferences.NamespaceOf(type))))
                {
                    if (target is not null && target != user)
                    {
                        edges.TryAdd(target, reference);
                    }
                }
            }

            return graph;
        }

        /// <summary>Gets the strongly connected components of more than one namespace, each with the edges inside it.</summary>
        internal static ImmutableArray<Cycle> Cycles(ImmutableArray<AssemblyReferences.Reference> references, string root)
        {
            var graph = Graph(references, root);
            return StronglyConnectedComponents(graph)
                .Where(component => component.Count > 1)
                .Select(component =>
                {
                    var members = component.Order(StringComparer.Ordinal).ToImmutableArray();
                    var edges = members
                        .SelectMany(from => graph[from].Where(edge => component.Contains(edge.Key)).OrderBy(edge => edge.Key, StringComparer.Ordinal).Select(edge => (from, edge.Key, edge.Value)))
                        .ToImmutableArray();
                    return new Cycle(members, edges);
                })
                .OrderBy(cycle => cycle.Namespaces[0], StringComparer.Ordinal)
                .ToImmutableArray();
        }

        /// <summary>Tarjan's algorithm: each returned set is a strongly connected component of the graph.</summary>
        private static List<HashSet<string>> StronglyConnectedComponents(Dictionary<string, Dictionary<string, AssemblyReferences.Reference>> graph)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var lowLink = new Dictionary<string, int>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var components = new List<HashSet<string>>();

            void Visit(string node)
            {
                index[node] = lowLink[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                foreach (var next in graph.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
                {
                    if (!index.TryGetValue(next, out var nextIndex))
                    {
                        Visit(next);
                        lowLink[node] = Math.Min(lowLink[node], lowLink[next]);
                    }
                    else if (onStack.Contains(next))
                    {
                        lowLink[node] = Math.Min(lowLink[node], nextIndex);
                    }
                }

                if (lowLink[node] == index[node])
                {
                    var component = new HashSet<string>(StringComparer.Ordinal);
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }
            }

            foreach (var node in graph.Keys.Order(StringComparer.Ordinal).ToArray())
            {
                if (!index.ContainsKey(node))
                {
                    Visit(node);
                }
            }

            return components;
        }
    }
}

// Deliberately cyclic, each edge of a different kind: Upper calls Middle in a method body only, Middle calls Lower only
// inside a lambda (a compiler-generated nested type), and Lower names Upper in a signature only.
namespace RuleOfLaw.Domain.Tests.CycleFixture.Upper
{
    internal sealed class Caller
    {
        public static int Call() => Middle.Relay.Pass(0);
    }
}

namespace RuleOfLaw.Domain.Tests.CycleFixture.Middle
{
    internal static class Relay
    {
        public static int Pass(int seed)
        {
            Func<int, int> next = value => Lower.Callee.Answer(value);
            return next(seed);
        }
    }
}

namespace RuleOfLaw.Domain.Tests.CycleFixture.Lower
{
    internal static class Callee
    {
        public static int Answer(int seed) => seed + 1;

        public static Type Back(Upper.Caller? unused = null) => typeof(object);
    }
}

// Layered: Top -> Bottom, no way back; Bottom.Deeper is part of Bottom, so their calls both ways are no cycle; the root of
// the layers calls its sub-namespace, which the root rule forbids in the library.
namespace RuleOfLaw.Domain.Tests.CycleFixture.Layered
{
    internal static class Core
    {
        public static int Call() => Bottom.Callee.Answer();
    }
}

namespace RuleOfLaw.Domain.Tests.CycleFixture.Layered.Top
{
    internal static class Caller
    {
        public static int Call() => Bottom.Callee.Answer();
    }
}

namespace RuleOfLaw.Domain.Tests.CycleFixture.Layered.Bottom
{
    internal static class Callee
    {
        public static int Answer() => Deeper.Leaf.One;
    }
}

namespace RuleOfLaw.Domain.Tests.CycleFixture.Layered.Bottom.Deeper
{
    internal static class Leaf
    {
        public static int One => 1;

        public static int Back() => Bottom.Callee.Answer();
    }
}
