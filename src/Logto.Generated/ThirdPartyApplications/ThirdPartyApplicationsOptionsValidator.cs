using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>Reports what is wrong with <see cref="ThirdPartyApplicationsOptions"/> when the host starts.</summary>
internal sealed class ThirdPartyApplicationsOptionsValidator : IValidateOptions<ThirdPartyApplicationsOptions>
{
    public ValidateOptionsResult Validate(string? name, ThirdPartyApplicationsOptions options) =>
        ThirdPartyApplicationsOptionsCheck.FindProblem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
