using System.Text.Json;

namespace CineRadar.Api.Tests.Support;

/// <summary>One operation of an OpenAPI document: its path and query parameters, and its JSON body's properties when it takes one.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<string>? BodyProperties)
{
    public bool TakesBody => BodyProperties is not null;

    public override string ToString() => $"{Method} {Path}";
}

/// <param name="In"><c>path</c> or <c>query</c>.</param>
public sealed record ApiParameter(string Name, string In);

/// <summary>Reads every operation of an OpenAPI 3 document (JSON), resolving <c>$ref</c>s to component schemas.</summary>
public static class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static IReadOnlyList<ApiOperation> Read(JsonElement document)
    {
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var shared = Parameters(path.Value);
            foreach (var method in Methods)
            {
                if (path.Value.TryGetProperty(method, out var operation))
                {
                    var parameters = shared.Concat(Parameters(operation)).DistinctBy(p => (p.Name, p.In)).ToList();
                    operations.Add(new ApiOperation(method.ToUpperInvariant(), path.Name, parameters, BodyProperties(document, operation)));
                }
            }
        }

        return operations;
    }

    private static IEnumerable<ApiParameter> Parameters(JsonElement owner) =>
        owner.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray()
                .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!))
                .Where(p => p.In is "path" or "query")
                .ToList()
            : [];

    private static List<string>? BodyProperties(JsonElement document, JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return null;
        }

        var schema = Resolve(document, body.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema"));
        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference) || TryFirstAlternative(schema, out reference))
        {
            schema = reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate(document, (node, part) => node.GetProperty(part));
        }

        return schema;
    }

    /// <summary>A nullable body is written <c>anyOf</c> (or <c>oneOf</c>) its schema and null.</summary>
    private static bool TryFirstAlternative(JsonElement schema, out JsonElement reference)
    {
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var alternatives)
                && alternatives.EnumerateArray().FirstOrDefault(a => a.TryGetProperty("$ref", out _)) is { ValueKind: JsonValueKind.Object } alternative)
            {
                reference = alternative.GetProperty("$ref");
                return true;
            }
        }

        reference = default;
        return false;
    }
}
