using ReportPipeline.Functions.Cli;

namespace ReportPipeline.Functions.IntegrationTests.Cli;

public sealed class CliArgsTests
{
    private static readonly HashSet<string> Flags = ["json", "once"];

    [Fact]
    public void Parse_MixedPositionalsFlagsAndOptions_SeparatesThem()
    {
        var args = CliArgs.Parse(["a.txt", "--json", "--portal", "demo", "b.txt", "--timeout=30"], Flags);

        Assert.Equal(["a.txt", "b.txt"], args.Positionals);
        Assert.True(args.Has("json"));
        Assert.Equal("demo", args.Get("portal"));
        Assert.Equal(30, args.GetInt("timeout", 0));
    }

    [Fact]
    public void Parse_OptionWithoutValue_ThrowsUsageError()
    {
        var error = Assert.Throws<CliUsageException>(() => CliArgs.Parse(["--portal"], Flags));

        Assert.Contains("--portal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetInt_NotANumber_ThrowsUsageError()
    {
        var args = CliArgs.Parse(["--timeout", "soon"], Flags);

        Assert.Throws<CliUsageException>(() => args.GetInt("timeout", 5));
    }
}
