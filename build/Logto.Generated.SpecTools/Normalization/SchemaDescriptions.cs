using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Keeps the descriptions of every place a type is found. Structurally identical schemas become one type whatever
/// their descriptions (<see cref="SchemaKeys"/> treats descriptions as cosmetic), and the type keeps the first schema
/// seen, which is often a response without descriptions while a later request body describes its properties.
/// </summary>
internal static class SchemaDescriptions
{
    /// <summary>Gives <paramref name="kept"/>, and each of its properties, the description of <paramref name="twin"/>'s when it has none.</summary>
    public static void Fill(JObject kept, JObject twin)
    {
        FillOne(kept, twin);
        if (kept["properties"] is JObject keptProperties && twin["properties"] is JObject twinProperties)
        {
            foreach (var property in keptProperties.Properties())
            {
                if (property.Value is JObject keptProperty && twinProperties[property.Name] is JObject twinProperty)
                {
                    FillOne(keptProperty, twinProperty);
                }
            }
        }
    }

    private static void FillOne(JObject kept, JObject twin)
    {
        if (kept["description"] is null
            && twin["description"] is JValue { Type: JTokenType.String } description
            && (string?)description is { Length: > 0 } text
            && text != PrimitiveRules.ValidatorDescription)
        {
            kept["description"] = description.DeepClone();
        }
    }
}
