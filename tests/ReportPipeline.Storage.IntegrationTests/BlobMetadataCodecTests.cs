using ReportPipeline.Storage.Blobs;

namespace ReportPipeline.Storage.IntegrationTests;

public sealed class BlobMetadataCodecTests
{
    [Theory]
    [InlineData("200")]
    [InlineData("https://www.gov.cn/zhengce/2024.pdf?a=1")]
    [InlineData("2025-01-20T08:30:00Z")]
    public void Encode_PrintableAscii_LeavesValueReadable(string value)
    {
        Assert.Equal(value, BlobMetadataCodec.Encode(value));
    }

    [Theory]
    [InlineData("北京市人民政府")]
    [InlineData("https://www.gov.cn/年报/2024.pdf")]
    [InlineData(" leading space")]
    [InlineData("trailing\t")]
    [InlineData("line\nbreak")]
    [InlineData("")]
    [InlineData(BlobMetadataCodec.EncodedPrefix + "abc")]
    public void Encode_TextHeadersCannotCarry_EncodesToAsciiAndDecodesBack(string value)
    {
        var encoded = BlobMetadataCodec.Encode(value);

        Assert.StartsWith(BlobMetadataCodec.EncodedPrefix, encoded, StringComparison.Ordinal);
        Assert.All(encoded, c => Assert.InRange(c, (char)0x21, (char)0x7E));
        Assert.Equal(value, BlobMetadataCodec.Decode(encoded));
    }

    [Theory]
    [InlineData("SourceUrl")]
    [InlineData("source-url")]
    [InlineData("1st")]
    [InlineData("")]
    public void ValidateKey_NotLowerCaseIdentifier_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => BlobMetadataCodec.ValidateKey(key));
    }
}
