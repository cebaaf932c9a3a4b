using Logto.Generated.SpecTools.Tests.TestSupport;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Yaml;

/// <summary>JSON written as YAML through YamlDotNet's emitter reads back as the same tree.</summary>
public class YamlSpecWriterTests
{
    [Test]
    public void The_oss_json_written_as_yaml_reads_back_as_the_same_document()
    {
        var oss = YamlJson.Parse(File.ReadAllText(Paths.OssSwagger));

        var yaml = YamlSpecWriter.Write(oss);

        Assert.That(yaml, Does.StartWith("---\nopenapi: 3.0.1\nservers:\n- url: http://localhost:3001\n"));
        Assert.That(JToken.DeepEquals(YamlJson.Parse(yaml), oss), Is.True);
    }

    [TestCase("plain text", "key: plain text")]
    [TestCase("/api/applications", "key: /api/applications")]
    [TestCase("200", "key: '200'")]
    [TestCase("-1.5e3", "key: '-1.5e3'")]
    [TestCase("true", "key: 'true'")]
    [TestCase("NULL", "key: 'NULL'")]
    [TestCase("~", "key: '~'")]
    [TestCase("", "key: ''")]
    [TestCase("No", "key: 'No'")]
    [TestCase("y", "key: 'y'")]
    [TestCase("3.0.1", "key: 3.0.1")]
    [TestCase("a: b", "key: 'a: b'")]
    [TestCase("- item", "key: '- item'")]
    [TestCase("trailing space ", "key: 'trailing space '")]
    [TestCase("line 1\n\nline 2", "key: |-\n  line 1\n\n  line 2")]
    [TestCase("ends with a newline\n", "key: |\n  ends with a newline")]
    public void Strings_are_quoted_only_when_plain_text_would_read_back_as_something_else(string value, string expected)
    {
        var yaml = YamlSpecWriter.Write(new JObject { ["key"] = value });

        Assert.That(yaml, Is.EqualTo("---\n" + expected + "\n"));
        Assert.That(YamlJson.Parse(yaml)["key"], Is.EqualTo(new JValue(value)));
    }

    [TestCase(" indented first line\nnext")]
    [TestCase("tab\there")]
    [TestCase("emoji 🎨 and dash —")]
    [TestCase("quote ' and \" both")]
    [TestCase("trailing spaces  \non a line")]
    [TestCase("# not a comment")]
    [TestCase("{not: flow}")]
    public void Awkward_strings_read_back_unchanged(string value)
    {
        var document = new JObject { ["key"] = value, [value] = "as a key" };

        var yaml = YamlSpecWriter.Write(document);

        Assert.That(JToken.DeepEquals(YamlJson.Parse(yaml), document), Is.True, yaml);
    }

    [Test]
    public void Collections_numbers_booleans_and_null_in_block_style_with_empty_collections_in_flow_style()
    {
        var document = JObject.Parse("""
            {"list": ["a", {"b": 1, "c": [true, false]}, [2, 3], []], "map": {}, "none": null, "big": 9007199254740993, "real": 1.5, "whole": 2.0}
            """);

        var yaml = YamlSpecWriter.Write(document);

        Assert.That(yaml, Is.EqualTo(
            "---\nlist:\n- a\n- b: 1\n  c:\n  - true\n  - false\n- - 2\n  - 3\n- []\nmap: {}\nnone: null\nbig: 9007199254740993\nreal: 1.5\nwhole: 2.0\n"));
        Assert.That(JToken.DeepEquals(YamlJson.Parse(yaml), document), Is.True);
    }

    [Test]
    public void A_long_key_reads_back_unchanged()
    {
        var document = new JObject { [new string('k', 300)] = "v" };

        Assert.That(JToken.DeepEquals(YamlJson.Parse(YamlSpecWriter.Write(document)), document), Is.True);
    }
}
