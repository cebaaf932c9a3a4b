using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Compares the request bodies and the responses of two versions of an operation, media type by media type.</summary>
internal sealed class BodyComparer(RefResolver baseRefs, RefResolver upstreamRefs, SchemaComparer schemas)
{
    private const string Json = "application/json";

    public void CompareRequestBody(JObject before, JObject after, ChangeSite operation)
    {
        var site = operation.At("request body", Direction.Request);
        var (was, now) = (baseRefs.Resolve(before["requestBody"]).Node, upstreamRefs.Resolve(after["requestBody"]).Node);
        if (was is null || now is null)
        {
            if (now is not null)
            {
                var required = IsRequired(now);
                site.Add(ChangeKind.RequestBodyAdded, to: required ? "required" : "optional", essential: required);
            }
            else if (was is not null)
            {
                site.Add(ChangeKind.RequestBodyRemoved);
            }

            return;
        }

        if (IsRequired(was) != IsRequired(now))
        {
            site.Add(IsRequired(now) ? ChangeKind.BecameRequired : ChangeKind.BecameOptional);
        }

        site.CompareText(SchemaFacts.Description(was), SchemaFacts.Description(now));
        CompareContent(was, now, site);
    }

    public void CompareResponses(JObject before, JObject after, ChangeSite operation)
    {
        var (was, now) = (before["responses"] as JObject ?? [], after["responses"] as JObject ?? []);
        foreach (var status in was.Properties())
        {
            var site = operation.At($"response {status.Name}", Direction.Response);
            if (now[status.Name] is null)
            {
                site.Add(ChangeKind.ResponseRemoved, essential: status.Name.StartsWith('2'));
            }
            else if (baseRefs.Resolve(status.Value).Node is { } response && upstreamRefs.Resolve(now[status.Name]).Node is { } upstream)
            {
                site.CompareText(SchemaFacts.Description(response), SchemaFacts.Description(upstream));
                CompareContent(response, upstream, site);
            }
        }

        foreach (var status in now.Properties().Where(p => was[p.Name] is null))
        {
            operation.At($"response {status.Name}", Direction.Response).Add(ChangeKind.ResponseAdded);
        }
    }

    private void CompareContent(JObject before, JObject after, ChangeSite site)
    {
        var (was, now) = (before["content"] as JObject ?? [], after["content"] as JObject ?? []);
        foreach (var media in was.Properties())
        {
            if (now[media.Name] is null)
            {
                site.Add(ChangeKind.MediaTypeRemoved, from: media.Name);
                continue;
            }

            var at = media.Name == Json ? site : site with { Location = $"{site.Location} ({media.Name})" };
            schemas.Compare(media.Value["schema"], now[media.Name]!["schema"], at);
        }

        foreach (var media in now.Properties().Where(p => was[p.Name] is null))
        {
            site.Add(ChangeKind.MediaTypeAdded, to: media.Name);
        }
    }

    private static bool IsRequired(JObject body) => body["required"]?.Type == JTokenType.Boolean && (bool)body["required"]!;
}
