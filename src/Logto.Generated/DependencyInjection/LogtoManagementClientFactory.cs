namespace Logto.Generated;

/// <summary>Finds a registered client by name and creates its facade.</summary>
internal sealed class LogtoManagementClientFactory : ILogtoManagementClientFactory
{
    private readonly IServiceProvider _provider;
    private readonly Dictionary<string, LogtoManagementRegistration> _registrations;

    public LogtoManagementClientFactory(IServiceProvider provider, IEnumerable<LogtoManagementRegistration> registrations)
    {
        _provider = provider;
        _registrations = registrations.ToDictionary(registration => registration.Name, StringComparer.Ordinal);
    }

    public ILogtoManagementClient Create(string name) => Find(name).CreateClient(_provider);

    /// <summary>The registration of <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No client is registered under that name.</exception>
    public LogtoManagementRegistration Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_registrations.TryGetValue(name, out var registration))
        {
            return registration;
        }

        throw LogtoRegisteredNames.Unknown("Logto Management API client", name, _registrations.Keys, $"AddLogtoManagementApi(\"{name}\", ...)");
    }
}
