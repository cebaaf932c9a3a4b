using Logto.Generated.SpecTools.Drift;
using Logto.Generated.SpecTools.Tests.TestSupport;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Drift;

public class FragmentCutterTests
{
    [Test]
    public void The_seed_is_cut_before_its_unfinished_patch_operation()
    {
        var text = File.ReadAllText(Paths.SeedFragment);

        var cut = FragmentCutter.Cut(text, "seed");

        var document = (JObject)YamlJson.Parse(cut);
        var operations = OperationIndex.Read(document, new RefResolver(document)).Select(o => o.Name);
        Assert.Multiple(() =>
        {
            Assert.That(operations, Is.EqualTo(new[] { "GET /api/applications", "POST /api/applications", "GET /api/applications/{id}" }));
            Assert.That(cut, Does.StartWith("openapi: 3.0.1\nservers:\n"));
            Assert.That(cut, Does.EndWith("      summary: Get application\n      description: Get application details by ID.\n"));
            Assert.That(cut, Does.Not.Contain("patch:"));
        });
    }

    [Test]
    public void Prose_before_and_truncation_comments_after_are_dropped()
    {
        const string Text = """
            Some page title

            openapi: 3.0.1
            paths:
              "/a":
                get:
                  operationId: A
              "/b":
                get:
                  operationId: B
                  responses:

            # --- truncated ---
            """;

        var cut = FragmentCutter.Cut(Text, "text");

        Assert.That(cut, Is.EqualTo("openapi: 3.0.1\npaths:\n  \"/a\":\n    get:\n      operationId: A\n"));
    }

    [Test]
    public void The_second_operation_of_a_path_is_cut_but_the_path_and_its_first_operation_stay()
    {
        const string Text = "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      operationId: A\n    post:\n      operationId: B\n      respo";

        var cut = FragmentCutter.Cut(Text, "text");

        Assert.That(cut, Is.EqualTo("openapi: 3.0.1\npaths:\n  /a:\n    get:\n      operationId: A\n"));
    }

    [Test]
    public void Text_without_an_openapi_line_is_refused()
    {
        Assert.That(() => FragmentCutter.Cut("just prose\n", "notes.txt"),
            Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("notes.txt is not a YAML spec fragment: it has no \"openapi:\" line."));
    }
}
