using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>Reports what is wrong with <see cref="LogtoAccessTokenOptions"/> when the host starts.</summary>
internal sealed class LogtoAccessTokenOptionsValidator : IValidateOptions<LogtoAccessTokenOptions>
{
    private const string Name = nameof(LogtoAccessTokenOptions);

    public ValidateOptionsResult Validate(string? name, LogtoAccessTokenOptions options)
    {
        var failures = new List<string>();
        if (options.Endpoint is not { IsAbsoluteUri: true } endpoint || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Name}.{nameof(options.Endpoint)} must be the absolute http(s) URL of the Logto endpoint, such as https://tenant.logto.app/.");
        }
        else if (options.RequireHttpsMetadata && endpoint.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Name}.{nameof(options.Endpoint)} must use https while {nameof(options.RequireHttpsMetadata)} is true.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add($"{Name}.{nameof(options.Audience)} is required: the API resource indicator your users' access tokens are issued for.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Name}.{nameof(options.ClockSkew)} must be between 0 and 5 minutes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
