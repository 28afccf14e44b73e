using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Core.Tests;

public sealed class PipelineJsonTests
{
    [Fact]
    public void Serialize_Message_IsCamelCaseWithChineseUnescaped()
    {
        var json = PipelineJson.Serialize(new AlertsMessage("崇川区", 2016, ["k1"], []));

        Assert.Equal("""{"agency":"崇川区","reportYear":2016,"opened":["k1"],"resolved":[]}""", json);
    }

    [Fact]
    public void Deserialize_RoundTrip_KeepsEveryField()
    {
        var message = new CheckReportMessage("id", "崇川区", 2016, "pk", "rk", "demo/x.html", "no text layer");

        Assert.Equal(message, PipelineJson.Deserialize<CheckReportMessage>(PipelineJson.Serialize(message)));
    }

    [Fact]
    public void Serialize_Severity_UsesItsLowerCaseName()
    {
        Assert.Equal("\"warning\"", PipelineJson.Serialize(Severity.Warning));
    }

    [Fact]
    public void Deserialize_Null_ThrowsJsonException()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => PipelineJson.Deserialize<AlertsMessage>("null"));
    }
}
