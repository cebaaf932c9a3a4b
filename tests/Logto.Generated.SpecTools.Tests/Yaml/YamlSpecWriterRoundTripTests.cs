using Logto.Generated.SpecTools.Tests.TestSupport;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Yaml;

public class YamlSpecWriterRoundTripTests
{
    [Test]
    public void The_vendored_spec_is_written_back_byte_for_byte()
    {
        var original = File.ReadAllText(Paths.VendoredSpec);

        var written = YamlSpecWriter.Write(YamlJson.Parse(original));

        Assert.That(written, Is.EqualTo(original));
    }

    [Test]
    public void The_oss_json_written_as_yaml_is_the_vendored_spec_once_its_server_and_description_are_restored()
    {
        var oss = (JObject)YamlJson.Parse(File.ReadAllText(Paths.OssSwagger));
        var vendored = YamlJson.ReadFile(Paths.VendoredSpec);
        oss["servers"] = vendored["servers"]!.DeepClone();
        oss["info"]!["description"] = vendored["info"]!["description"]!.DeepClone();

        var written = YamlSpecWriter.Write(oss);

        Assert.That(written, Is.EqualTo(File.ReadAllText(Paths.VendoredSpec)));
    }
}
