using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Unsubscribe;

namespace ReportPipeline.Alerts.IntegrationTests.Unit;

public sealed class UnsubscribeTokensTests
{
    private static UnsubscribeTokens Tokens(string key) =>
        new(Microsoft.Extensions.Options.Options.Create(new AlertsOptions { SigningKey = key }));

    private readonly UnsubscribeTokens _tokens = Tokens(new string('k', 40));

    [Fact]
    public void Validate_TokenItCreated_ReturnsNormalizedRecipient()
    {
        var token = _tokens.Create(" Officer@Example.gov.cn ");

        Assert.Equal("officer@example.gov.cn", _tokens.Validate(token));
    }

    [Fact]
    public void Validate_PayloadSwappedForAnotherRecipient_IsRefused()
    {
        var token = _tokens.Create("officer@example.gov.cn");
        var otherPayload = _tokens.Create("victim@example.gov.cn").Split('.')[0];

        Assert.Null(_tokens.Validate($"{otherPayload}.{token.Split('.')[1]}"));
    }

    [Fact]
    public void Validate_TokenSignedWithAnotherKey_IsRefused()
    {
        var forged = Tokens(new string('x', 40)).Create("victim@example.gov.cn");

        Assert.Null(_tokens.Validate(forged));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    [InlineData(null)]
    public void Validate_MalformedToken_IsRefused(string? token) => Assert.Null(_tokens.Validate(token));

    [Fact]
    public void Validate_OneSignatureCharacterChanged_IsRefused()
    {
        var token = _tokens.Create("officer@example.gov.cn");
        var last = token[^1] == 'A' ? 'B' : 'A';

        Assert.Null(_tokens.Validate(token[..^1] + last));
    }
}
