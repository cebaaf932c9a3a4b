namespace Logto.Generated;

/// <summary>
/// Which properties of a generated model were set, by the caller or by the JSON the model was read from, and whether
/// the model was read from JSON at all. A model writes a property only when it was set, so that a property set to
/// null is sent as null and one never set is not sent. A required property is written even when unset, unless the
/// model was read from JSON that lacked it.
/// </summary>
internal struct LogtoPropertySet
{
    private ulong _first;
    private ulong[]? _more;
    private bool _read;

    /// <summary>Records that the property at <paramref name="index"/> (its declaration order) was set.</summary>
    public void Set(int index)
    {
        if (index < 64)
        {
            _first |= 1UL << index;
            return;
        }

        var word = (index / 64) - 1;
        if (_more is null || _more.Length <= word)
        {
            Array.Resize(ref _more, word + 1);
        }

        _more[word] |= 1UL << (index % 64);
    }

    /// <summary>Records that the model is being read from JSON.</summary>
    public void MarkRead() => _read = true;

    /// <summary>Whether the property at <paramref name="index"/> was set.</summary>
    public readonly bool IsSet(int index)
    {
        if (index < 64)
        {
            return (_first & (1UL << index)) != 0;
        }

        var word = (index / 64) - 1;
        return _more is not null && word < _more.Length && (_more[word] & (1UL << (index % 64))) != 0;
    }

    /// <summary>Whether a required property is written: when it was set, or when the model was not read from JSON.</summary>
    public readonly bool IsSetOrRequired(int index) => !_read || IsSet(index);
}
