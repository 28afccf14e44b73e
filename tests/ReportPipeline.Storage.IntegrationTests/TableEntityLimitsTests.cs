using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage.IntegrationTests;

public sealed class TableEntityLimitsTests
{
    [Theory]
    [InlineData("a/b", "'/'")]
    [InlineData("a\\b", "'\\'")]
    [InlineData("a#b", "'#'")]
    [InlineData("a?b", "'?'")]
    [InlineData("a\u0001b", "U+0001")]
    [InlineData("a\u0085b", "U+0085")]
    public void Validate_ForbiddenKeyCharacter_NamesIt(string rowKey, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(new TableEntity("pk", rowKey)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("RowKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StringOver32KChars_Throws()
    {
        var entity = new TableEntity("pk", "rk") { Properties = { ["Body"] = new string('字', TableEntityLimits.MaxStringChars + 1) } };

        var error = Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(entity));

        Assert.Contains("'Body'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StringAtLimit_IsAccepted()
    {
        var entity = new TableEntity("pk", "rk") { Properties = { ["Body"] = new string('字', TableEntityLimits.MaxStringChars) } };

        TableEntityLimits.Validate(entity);

        Assert.Equal(TableEntityLimits.MaxStringChars, entity.GetString("Body")!.Length);
    }

    [Fact]
    public void Validate_EntityOverOneMebibyte_ThrowsWithAdvice()
    {
        var entity = new TableEntity("pk", "rk");
        for (var i = 0; i < 17; i++)
            entity[$"Part{i}"] = new string('x', TableEntityLimits.MaxStringChars);

        var error = Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(entity));

        Assert.Contains("blob", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Timestamp")]
    [InlineData("has space")]
    [InlineData("9lives")]
    public void Validate_BadPropertyName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(new TableEntity("pk", "rk") { Properties = { [name] = 1 } }));
    }

    [Fact]
    public void Validate_UnsupportedType_NamesPropertyAndType()
    {
        var entity = new TableEntity("pk", "rk") { Properties = { ["Amount"] = 1.5m } };

        var error = Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(entity));

        Assert.Contains("'Amount' has type Decimal", error.Message, StringComparison.Ordinal);
    }
}
