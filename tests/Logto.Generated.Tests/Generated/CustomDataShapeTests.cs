using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

/// <summary>The custom-data operations of users and applications take one shape; each keeps the wire Logto expects.</summary>
public class CustomDataShapeTests
{
    [Test]
    public void Both_operations_take_the_entity_id_and_the_custom_data_dictionary()
    {
        var user = typeof(IUsersClient).GetMethod(nameof(IUsersClient.UpdateUserCustomDataAsync))!.GetParameters();
        var application = typeof(IApplicationsClient).GetMethod(nameof(IApplicationsClient.UpdateApplicationCustomDataAsync))!.GetParameters();

        Assert.That(user.Select(p => (p.Name, p.ParameterType)).Skip(1).Take(1), Is.EqualTo(application.Select(p => (p.Name, p.ParameterType)).Skip(1).Take(1)));
        Assert.That(user[1].Name, Is.EqualTo("customData"));
        Assert.That(user[1].ParameterType, Is.EqualTo(typeof(IDictionary<string, JToken>)));
    }

    [Test]
    public async Task A_users_custom_data_is_sent_under_customData_and_an_applications_as_the_object()
    {
        using var logto = new MockLogto();
        var sent = new Dictionary<string, string>();
        logto.Handler.When(HttpMethod.Patch, "*").Respond(async request =>
        {
            sent[request.RequestUri!.AbsolutePath] = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{\"plan\":\"pro\"}", System.Text.Encoding.UTF8, "application/json") };
        });
        var data = new Dictionary<string, JToken> { ["plan"] = "pro" };

        var user = await logto.Client.Users.UpdateUserCustomDataAsync("u1", data);
        var application = await logto.Client.Applications.UpdateApplicationCustomDataAsync("a1", data);

        Assert.That(sent["/api/users/u1/custom-data"], Is.EqualTo("{\"customData\":{\"plan\":\"pro\"}}"));
        Assert.That(sent["/api/applications/a1/custom-data"], Is.EqualTo("{\"plan\":\"pro\"}"));
        Assert.That((string?)user["plan"], Is.EqualTo("pro"));
        Assert.That((string?)application["plan"], Is.EqualTo("pro"));
    }
}
