namespace ReportPipeline.Functions.Cli;

/// <summary>
/// A small command-line parser: positional words, "--flag", "--name value" and "--name=value".
/// Flags are the options a command declares as having no value.
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Positionals { get; }

    private CliArgs(List<string> positionals) => Positionals = positionals;

    public static CliArgs Parse(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var positionals = new List<string>();
        var parsed = new CliArgs(positionals);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positionals.Add(arg);
                continue;
            }

            var (name, value) = Split(arg[2..]);
            if (value is null && !flags.Contains(name))
            {
                value = e.MoveNext() ? e.Current : throw new CliUsageException($"--{name} needs a value");
            }

            parsed._options[name] = value ?? "true";
        }

        return parsed;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        Get(name) is { } text ? int.TryParse(text, out var value) ? value
            : throw new CliUsageException($"--{name} expects a number, got '{text}'") : fallback;

    public IEnumerable<string> OptionNames => _options.Keys;

    private static (string Name, string? Value) Split(string option)
    {
        var eq = option.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (option, null) : (option[..eq], option[(eq + 1)..]);
    }
}
