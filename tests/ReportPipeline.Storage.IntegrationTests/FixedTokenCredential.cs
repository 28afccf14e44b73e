using Azure.Core;

namespace ReportPipeline.Storage.IntegrationTests;

/// <summary>A stand-in identity provider (not under test): always the same token.</summary>
internal sealed class FixedTokenCredential(string token) : TokenCredential
{
    public List<string[]> RequestedScopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        RequestedScopes.Add(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext,
        CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
}
