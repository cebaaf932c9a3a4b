namespace Logto.Generated;

/// <summary>The public and account targets of a container, by facade and name; a facade's own registration wins.</summary>
internal sealed class LogtoFacadeTargets
{
    private readonly Dictionary<(LogtoFacade Facade, string Name), LogtoFacadeTarget> _targets;

    public LogtoFacadeTargets(IEnumerable<LogtoFacadeTarget> targets) =>
        _targets = targets
            .GroupBy(target => (target.Facade, target.Name))
            .ToDictionary(group => group.Key, group => group.FirstOrDefault(target => target.IsOwnRegistration) ?? group.First());

    public bool Contains(LogtoFacade facade, string name) => _targets.ContainsKey((facade, name));

    /// <summary>The target of <paramref name="facade"/> registered under <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No such facade is registered under that name.</exception>
    public LogtoFacadeTarget Find(LogtoFacade facade, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_targets.TryGetValue((facade, name), out var target))
        {
            return target;
        }

        var what = facade == LogtoFacade.Public ? "Logto public client" : "Logto Account API client";
        throw LogtoRegisteredNames.Unknown(
            what, name, _targets.Keys.Where(key => key.Facade == facade).Select(key => key.Name), $"{LogtoFacadeTarget.RegistrationMethod(facade)}(\"{name}\", ...) or AddLogtoManagementApi(\"{name}\", ...)");
    }
}
