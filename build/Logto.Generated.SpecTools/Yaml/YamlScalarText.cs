using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>The plain text of a non-string JSON value as Ruby writes it: integers as digits, floats always with a fraction or exponent, null as nothing.</summary>
internal static class YamlScalarText
{
    public static string Of(JValue value) => value.Value switch
    {
        null => string.Empty,
        bool boolean => boolean ? "true" : "false",
        long or int or BigInteger => Convert.ToString(value.Value, CultureInfo.InvariantCulture)!,
        double real => RubyFloat(real),
        decimal real => RubyFloat((double)real),
        _ => throw new InvalidDataException($"Cannot write a {value.Type} value as YAML (at {value.Path})."),
    };

    /// <summary>Ruby's Float#to_s: the shortest round-trip digits, positional for decimal exponents -4..16, else "d.ddde+XX".</summary>
    public static string RubyFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : string.Empty;
        if (pointPosition is < -3 or > 16)
        {
            var mantissa = digits.Length == 1 ? digits + ".0" : digits[..1] + "." + digits[1..];
            var exponent = pointPosition - 1;
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }

        if (pointPosition <= 0)
        {
            return sign + "0." + new string('0', -pointPosition) + digits;
        }

        return digits.Length <= pointPosition
            ? sign + digits + new string('0', pointPosition - digits.Length) + ".0"
            : sign + digits[..pointPosition] + "." + digits[pointPosition..];
    }

    /// <summary>The shortest round-trip significant digits of a positive double and the decimal point's position relative to them.</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        if (value == 0)
        {
            return ("0", 1);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentIndex = text.IndexOf('E');
        var exponent = exponentIndex < 0 ? 0 : int.Parse(text[(exponentIndex + 1)..], CultureInfo.InvariantCulture);
        var mantissa = exponentIndex < 0 ? text : text[..exponentIndex];
        var dot = mantissa.IndexOf('.');
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var significant = digits.TrimStart('0');
        point -= digits.Length - significant.Length;
        return (significant.TrimEnd('0'), point);
    }
}
