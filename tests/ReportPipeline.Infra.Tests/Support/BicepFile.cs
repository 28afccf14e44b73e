using System.Text.RegularExpressions;

namespace ReportPipeline.Infra.Tests.Support;

/// <summary>
/// Just enough Bicep reading for consistency checks (no bicep CLI here): params, outputs, modules, and the
/// top-level keys of a { } block. Comments are stripped; strings are kept.
/// </summary>
public sealed partial class BicepFile
{
    private BicepFile(string relativePath, string text)
    {
        RelativePath = relativePath;
        Text = text;
    }

    public string RelativePath { get; }

    public string Text { get; }

    public static BicepFile Load(string relativePath) =>
        new(relativePath, LineComment().Replace(RepoFiles.Read(relativePath), ""));

    /// <summary>Declared params: name → whether it has a default value.</summary>
    public IReadOnlyDictionary<string, bool> Params() =>
        ParamDeclaration().Matches(Text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Success);

    public IReadOnlySet<string> Outputs() =>
        OutputDeclaration().Matches(Text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<BicepModuleUse> Modules() =>
        ModuleDeclaration().Matches(Text)
            .Select(m => new BicepModuleUse(m.Groups[1].Value, m.Groups[2].Value, KeysOfBlockAfter(m.Index, "params:")))
            .ToList();

    /// <summary>The text of the { } block that follows <paramref name="marker"/>, without the outer braces.</summary>
    public string BlockAfter(string marker, int from = 0) => Block(Text, marker, RelativePath, from);

    public static string Block(string text, string marker, string where, int from = 0)
    {
        var at = text.IndexOf(marker, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{where}: '{marker}' not found");
        var open = text.IndexOf('{', at + marker.Length);
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[(open + 1)..i];
            }
        }
        throw new InvalidOperationException($"{where}: unbalanced braces after '{marker}'");
    }

    /// <summary>Keys at depth 0 of a block's text ("key: value" separated by newlines or commas).</summary>
    public static IReadOnlyList<string> TopLevelKeys(string block)
    {
        var keys = new List<string>();
        var depth = 0;
        var entryStart = true;
        for (var i = 0; i < block.Length; i++)
        {
            var c = block[i];
            if (c is '{' or '[' or '(') depth++;
            else if (c is '}' or ']' or ')') depth--;
            else if (c == '\'') i = Math.Max(i, block.IndexOf('\'', i + 1));
            else if (depth == 0 && c is '\n' or ',') entryStart = true;
            else if (depth == 0 && entryStart && !char.IsWhiteSpace(c))
            {
                var key = EntryKey().Match(block, i);
                if (key.Success) keys.Add(key.Groups[1].Value.Trim('\''));
                entryStart = false;
            }
        }
        return keys;
    }

    private IReadOnlyList<string> KeysOfBlockAfter(int moduleStart, string marker)
    {
        var moduleBody = BlockAfter("=", moduleStart);
        var at = moduleBody.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? [] : TopLevelKeys(Block(moduleBody, marker, RelativePath));
    }

    [GeneratedRegex(@"(?m)^\s*//.*$")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"(?m)^param\s+(\w+)\s+\w+(\s*=)?")]
    private static partial Regex ParamDeclaration();

    [GeneratedRegex(@"(?m)^output\s+(\w+)\s")]
    private static partial Regex OutputDeclaration();

    [GeneratedRegex(@"(?m)^module\s+(\w+)\s+'([^']+)'\s*=")]
    private static partial Regex ModuleDeclaration();

    [GeneratedRegex(@"\G('[^']+'|[A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex EntryKey();
}
