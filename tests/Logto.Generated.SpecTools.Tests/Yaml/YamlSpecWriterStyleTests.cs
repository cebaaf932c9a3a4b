using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Yaml;

/// <summary>The style rules of the vendored spec's YAML, one by one.</summary>
public class YamlSpecWriterStyleTests
{
    [TestCase("plain text", "key: plain text")]
    [TestCase("/api/applications", "key: \"/api/applications\"")]
    [TestCase("\"true\"", "key: '\"true\"'")]
    [TestCase("200", "key: '200'")]
    [TestCase("1.5", "key: '1.5'")]
    [TestCase("0x1F", "key: '0x1F'")]
    [TestCase("true", "key: 'true'")]
    [TestCase("No", "key: 'No'")]
    [TestCase("null", "key: 'null'")]
    [TestCase("~", "key: \"~\"")]
    [TestCase("y", "key: \"y\"")]
    [TestCase("2024-01-31", "key: '2024-01-31'")]
    [TestCase("12:30", "key: '12:30'")]
    [TestCase(":symbol", "key: \":symbol\"")]
    [TestCase("", "key: ''")]
    [TestCase("3.0.1", "key: 3.0.1")]
    [TestCase("urn:logto:scope:organizations", "key: urn:logto:scope:organizations")]
    [TestCase("a: b", "key: 'a: b'")]
    [TestCase("trailing space ", "key: 'trailing space '")]
    [TestCase("it's", "key: it's")]
    [TestCase("- item", "key: \"- item\"")]
    [TestCase("tab\there", "key: \"tab\\there\"")]
    [TestCase("emoji 🎨", "key: \"emoji \\U0001F3A8\"")]
    [TestCase("dash — ok", "key: dash — ok")]
    [TestCase("ends with newline\n", "key: 'ends with newline\n\n  '")]
    public void Scalar_styles_and_the_value_reads_back(string value, string expected)
    {
        var yaml = YamlSpecWriter.Write(new JObject { ["key"] = value });

        Assert.That(yaml, Is.EqualTo("---\n" + expected + "\n"));
        Assert.That((string?)YamlJson.Parse(yaml)["key"], Is.EqualTo(value));
    }

    [Test]
    public void Multi_line_text_is_a_literal_block_with_its_chomping_indicator()
    {
        var yaml = YamlSpecWriter.Write(new JObject { ["a"] = "line 1\n\nline 2", ["b"] = "x\ny\n", ["c"] = " indented\nnext" });

        Assert.That(yaml, Is.EqualTo("---\na: |-\n  line 1\n\n  line 2\nb: |\n  x\n  y\nc: |2-\n   indented\n  next\n"));
        Assert.That(JToken.DeepEquals(YamlJson.Parse(yaml), new JObject { ["a"] = "line 1\n\nline 2", ["b"] = "x\ny\n", ["c"] = " indented\nnext" }), Is.True);
    }

    [Test]
    public void Long_plain_and_quoted_text_is_folded_after_column_80_at_the_next_space()
    {
        var words = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i}"));

        var yaml = YamlSpecWriter.Write(new JObject { ["nested"] = new JObject { ["description"] = words, ["quoted"] = "'" + words } });

        Assert.That(yaml, Is.EqualTo(
            "---\nnested:\n" +
            "  description: word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11\n" +
            "    word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23\n" +
            "    word24 word25 word26 word27 word28 word29 word30\n" +
            "  quoted: \"'word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n" +
            "    word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24\n" +
            "    word25 word26 word27 word28 word29 word30\"\n"));
    }

    [Test]
    public void Collections_numbers_booleans_and_null()
    {
        var document = JObject.Parse("""
            {"list": ["a", {"b": 1, "c": [true, false]}, [2, 3], []], "map": {}, "none": null, "big": 9007199254740993, "real": 1.5}
            """);

        var yaml = YamlSpecWriter.Write(document);

        Assert.That(yaml, Is.EqualTo(
            "---\nlist:\n- a\n- b: 1\n  c:\n  - true\n  - false\n- - 2\n  - 3\n- []\nmap: {}\nnone:\nbig: 9007199254740993\nreal: 1.5\n"));
    }

    [Test]
    public void A_key_longer_than_128_characters_is_a_complex_key()
    {
        var key = new string('k', 129);

        var yaml = YamlSpecWriter.Write(new JObject { [key] = "v" });

        Assert.That(yaml, Is.EqualTo($"---\n? {key}\n: v\n"));
    }

    [TestCase(1.0, "1.0")]
    [TestCase(0.1, "0.1")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(1e15, "1000000000000000.0")]
    [TestCase(1e16, "1.0e+16")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.00001, "1.0e-05")]
    [TestCase(1.25e-7, "1.25e-07")]
    public void Floats_are_written_as_ruby_writes_them(double value, string expected)
    {
        Assert.That(YamlScalarText.RubyFloat(value), Is.EqualTo(expected));
    }
}
