using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// Names are true to every place a type is used: <c>{X}Request</c> is only ever the body of operation X,
/// <c>{X}Response</c>/<c>{X}ResponseItem</c> only its result, no operation returns a <c>*Request</c>, and no flag is a
/// string. Each rule is shown to catch a hand-made counter-example.
/// </summary>
public class NameConventionTests
{
    private static readonly Type[] Clients = LogtoClientCatalog.All.Select(c => c.Interface).ToArray();

    [Test]
    public void No_operation_takes_or_returns_a_type_named_after_another_operation_or_returns_a_request()
    {
        Assert.That(Clients, Has.Length.EqualTo(40));
        Assert.That(SurfaceNameChecker.MisplacedNames(Clients), Is.Empty);
    }

    [Test]
    public void No_type_below_an_operation_is_named_after_another_operation()
    {
        Assert.That(SurfaceNameChecker.MisplacedNestedNames(Clients), Is.Empty);
    }

    [Test]
    public void The_nested_name_check_catches_a_sub_object_named_after_another_operation()
    {
        Assert.That(SurfaceNameChecker.MisplacedNestedNames([typeof(IBadNestedClient)]), Is.EqualTo(new[] { "ReplaceApplicationSignInExperience: uses CreateOrganizationRequestColor" }));
        Assert.That(SurfaceNameChecker.MisplacedNestedNames([typeof(IGoodNestedClient)]), Is.Empty);
    }

    [Test]
    public void No_boolean_flag_is_a_string()
    {
        Assert.That(SurfaceNameChecker.StringFlags(Clients), Is.Empty);
    }

    [Test]
    public void The_name_check_catches_each_kind_of_misplaced_name()
    {
        var problems = SurfaceNameChecker.MisplacedNames([typeof(IBadClient)]);

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "UpdateApplicationSecret: takes CreateResourceScopeRequest",
            "ReplaceUserRoles: returns AssignUserRolesRequest",
            "ListApplicationSecrets: returns CreateApplicationSecretResponse",
            "VerifyBackupCode: returns BindPasskeyRequest",
            "CreateThing: takes GetThingResponse",
        }));
    }

    [Test]
    public void The_name_check_accepts_names_that_belong_to_their_operation()
    {
        Assert.That(SurfaceNameChecker.MisplacedNames([typeof(IGoodClient)]), Is.Empty);
    }

    [Test]
    public void The_flag_check_catches_a_string_flag_as_a_parameter_or_an_options_property()
    {
        Assert.That(SurfaceNameChecker.StringFlags([typeof(IBadClient)]), Is.EquivalentTo(new[]
        {
            "ListLogs: enableCap is a string",
            "GetUser: IncludeSsoIdentities is a string",
        }));
    }

    [Test]
    public void Shared_sub_objects_have_names_of_their_own_domain()
    {
        Assert.That(typeof(ApplicationSignInExperience).GetProperty(nameof(ApplicationSignInExperience.Color))!.PropertyType, Is.EqualTo(typeof(Color)));
        Assert.That(typeof(ApplicationSignInExperience).GetProperty(nameof(ApplicationSignInExperience.Branding))!.PropertyType, Is.EqualTo(typeof(Branding)));
        Assert.That(typeof(Organization).GetProperty(nameof(Organization.Color))!.PropertyType, Is.EqualTo(typeof(Color)));
    }

    // A hand-made surface with every kind of misplaced name, for the checks above to catch.
#pragma warning disable CA1812, SA1201, SA1402
    private sealed class CreateResourceScopeRequest;

    private sealed class AssignUserRolesRequest;

    private sealed class CreateApplicationSecretResponse;

    private sealed class BindPasskeyRequest;

    private sealed class GetThingResponse;

    private sealed class UpdateApplicationSecretRequest;

    private sealed class ListApplicationSecretsResponseItem;

    private sealed class GetUserOptions
    {
        public string? IncludeSsoIdentities { get; set; }
    }

    private interface IBadClient
    {
        Task<ApplicationSecret> UpdateApplicationSecretAsync(string id, string name, CreateResourceScopeRequest body, CancellationToken cancellationToken);

        Task<AssignUserRolesRequest> ReplaceUserRolesAsync(string userId, RoleAssignment body, CancellationToken cancellationToken);

        Task<LogtoResponse<ICollection<CreateApplicationSecretResponse>>> ListApplicationSecretsAsync(string id, CancellationToken cancellationToken);

        Task<BindPasskeyRequest> VerifyBackupCodeAsync(CancellationToken cancellationToken);

        Task CreateThingAsync(GetThingResponse body, CancellationToken cancellationToken);

        Task ListLogsAsync(string? enableCap, CancellationToken cancellationToken);

        Task GetUserAsync(string userId, GetUserOptions options, CancellationToken cancellationToken);
    }

    private sealed class CreateOrganizationRequestColor;

    private sealed class CreateOrganizationRequest
    {
        public CreateOrganizationRequestColor? Color { get; set; }
    }

    private sealed class ReplaceApplicationSignInExperienceRequest
    {
        public ICollection<CreateOrganizationRequestColor>? Colors { get; set; }
    }

    private interface IBadNestedClient
    {
        Task CreateOrganizationAsync(CreateOrganizationRequest body, CancellationToken cancellationToken);

        Task ReplaceApplicationSignInExperienceAsync(string applicationId, ReplaceApplicationSignInExperienceRequest body, CancellationToken cancellationToken);
    }

    private interface IGoodNestedClient
    {
        Task CreateOrganizationAsync(CreateOrganizationRequest body, CancellationToken cancellationToken);
    }

    private interface IGoodClient
    {
        Task<ApplicationSecret> UpdateApplicationSecretAsync(string id, string name, UpdateApplicationSecretRequest body, CancellationToken cancellationToken);

        Task<LogtoResponse<ICollection<ListApplicationSecretsResponseItem>>> ListApplicationSecretsAsync(string id, bool? includeSecrets, CancellationToken cancellationToken);
    }
#pragma warning restore CA1812, SA1201, SA1402
}
