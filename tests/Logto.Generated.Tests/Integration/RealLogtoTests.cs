namespace Logto.Generated.Tests.Integration;

/// <summary>
/// Calls a real Logto when LOGTO_ENDPOINT, LOGTO_M2M_CLIENT_ID and LOGTO_M2M_CLIENT_SECRET are set (plus
/// LOGTO_RESOURCE for self-hosted Logto, usually https://default.logto.app/api); otherwise every test is ignored.
/// </summary>
[Category("Integration")]
public class RealLogtoTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);
    private LogtoManagementOptions _options = null!;

    [SetUp]
    public void RequireARealLogto()
    {
        var endpoint = Environment.GetEnvironmentVariable("LOGTO_ENDPOINT");
        var clientId = Environment.GetEnvironmentVariable("LOGTO_M2M_CLIENT_ID");
        var clientSecret = Environment.GetEnvironmentVariable("LOGTO_M2M_CLIENT_SECRET");
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
        {
            Assert.Ignore("Set LOGTO_ENDPOINT, LOGTO_M2M_CLIENT_ID and LOGTO_M2M_CLIENT_SECRET (and LOGTO_RESOURCE for self-hosted Logto) to run the tests against a real Logto.");
        }

        _options = new LogtoManagementOptions
        {
            Endpoint = new Uri(endpoint!),
            ClientId = clientId,
            ClientSecret = clientSecret,
            Resource = Environment.GetEnvironmentVariable("LOGTO_RESOURCE") is { Length: > 0 } resource ? resource : null,
        };
    }

    [Test]
    public async Task Gets_a_machine_to_machine_token()
    {
        using var http = new HttpClient();
        var provider = new ClientCredentialsTokenProvider(http, _options);

        var token = await provider.GetAccessTokenAsync(CancellationToken.None).AsTask().WaitAsync(Guard);
        var again = await provider.GetAccessTokenAsync(CancellationToken.None).AsTask().WaitAsync(Guard);

        Assert.That(token.Split('.'), Has.Length.EqualTo(3), "a JWT");
        Assert.That(again, Is.EqualTo(token), "cached");
    }

    [Test]
    public async Task Lists_applications_page_by_page()
    {
        var client = LogtoManagementClient.Create(_options);

        var first = await client.Applications.ListApplicationsAsync(new ListApplicationsOptions { PageSize = 2 }).GetPageAsync(1).WaitAsync(Guard);
        var second = await client.Applications.ListApplicationsAsync(new ListApplicationsOptions { PageSize = 2 }).GetPageAsync(2).WaitAsync(Guard);

        Assert.That(first.TotalCount, Is.Not.Null);
        Assert.That(first.Items, Has.Count.EqualTo(Math.Min(2, (int)first.TotalCount!.Value)));
        Assert.That(first.RequestId, Is.Not.Null.And.Not.Empty);
        if (first.TotalCount > 2)
        {
            Assert.That(second.Items.Select(application => application.Id), Has.None.AnyOf(first.Items.Select(application => application.Id).ToArray()));
        }
    }

    [Test]
    public async Task Gets_one_user_and_reports_a_missing_one_as_not_found()
    {
        var client = LogtoManagementClient.Create(_options);

        var users = await client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 1 }).GetPageAsync().WaitAsync(Guard);
        var missing = Assert.ThrowsAsync<LogtoApiException>(() => client.Users.GetUserAsync("logto-generated-no-such-user").WaitAsync(Guard));

        Assert.That(missing!.IsNotFound, Is.True);
        Assert.That(missing.Code, Is.EqualTo("entity.not_found"));
        if (users.Items.Count == 0)
        {
            Assert.Ignore("The tenant has no users to get.");
        }

        var user = await client.Users.GetUserAsync(users.Items.First().Id).WaitAsync(Guard);
        Assert.That(user.Id, Is.EqualTo(users.Items.First().Id));
    }
}
