using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace ArticleExtract.Tests.Hostile;

/// <summary>
/// Every regular expression in the library, fed 100,000 characters of the inputs that make backtracking patterns
/// explode, must finish promptly. A hang check, not a performance target.
/// </summary>
public sealed class RegexAuditTests
{
    private const int Length = 100_000;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    private static readonly string[] Inputs =
    [
        new string(' ', Length),
        new string('a', Length),
        new string('A', Length),
        new string('1', Length),
        Repeat("A ", Length / 2),
        Repeat("Ab ", Length / 3),
        Repeat("1,", Length / 2),
        Repeat(".,;:!?-", Length / 7),
        Repeat("(", Length),
        Repeat("> ", Length / 2),
        Repeat("»", Length),
        Repeat("ABC, DEF ", Length / 9),
        "(" + new string('a', Length) + ")",
        Repeat("\t\n", Length / 2),
    ];

    /// <summary>Every regex the library builds: [GeneratedRegex] methods and static Regex fields and properties.</summary>
    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in LibraryRegexes())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_audit_finds_the_librarys_regexes() => Assert.NotEmpty(LibraryRegexes());

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_regex_finishes_promptly_on_long_adversarial_input(string name)
    {
        var regex = LibraryRegexes().Single(entry => entry.Name == name).Regex;
        // Each call is timed on its own: a pattern that backtracks catastrophically takes minutes on such input, while the
        // three scans of a long alternation together may near the bound on a loaded two-core machine in a Debug build.
        foreach (var input in Inputs)
        {
            Within(name, "IsMatch", input, () => regex.IsMatch(input));
            Within(name, "Match", input, () => regex.Match(input).Length);
            Within(name, "Count", input, () => regex.Count(input));
        }
    }

    private static void Within<T>(string name, string call, string input, Func<T> scan)
    {
        var clock = Stopwatch.StartNew();
        _ = scan();
        Assert.True(clock.Elapsed < Bound, $"{name}.{call} took {clock.Elapsed} on {Describe(input)}");
    }

    private static List<(string Name, Regex Regex)> LibraryRegexes()
    {
        const BindingFlags all = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var found = new List<(string, Regex)>();
        foreach (var type in typeof(ArticleExtractor).Assembly.GetTypes())
        {
            // The generator's own helper types hold no patterns of ours.
            if (type.Namespace?.StartsWith("System.Text.RegularExpressions", StringComparison.Ordinal) == true)
            {
                continue;
            }

            foreach (var method in type.GetMethods(all))
            {
                if (method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0 && !method.IsSpecialName)
                {
                    found.Add(($"{type.FullName}.{method.Name}", (Regex)method.Invoke(null, null)!));
                }
            }

            foreach (var property in type.GetProperties(all))
            {
                if (property.PropertyType == typeof(Regex) && property.GetIndexParameters().Length == 0)
                {
                    found.Add(($"{type.FullName}.{property.Name}", (Regex)property.GetValue(null)!));
                }
            }

            foreach (var field in type.GetFields(all))
            {
                if (field.FieldType == typeof(Regex) && field.GetValue(null) is Regex regex)
                {
                    found.Add(($"{type.FullName}.{field.Name}", regex));
                }
            }
        }

        return found;
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    private static string Describe(string input) => $"{input.Length} chars starting '{input[..Math.Min(12, input.Length)]}'";
}
