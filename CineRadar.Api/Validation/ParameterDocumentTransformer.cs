using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CineRadar.Api.Validation;

/// <summary>
/// Describes each route and query parameter in the OpenAPI document by its kind, once per kind (<see cref="ParameterRule"/>):
/// what it accepts, after the parameter's own [Description] when it has one, and a schema narrowed to it (an id's pattern,
/// a word's enum, a number's range, a text's length; a date is <c>format: date</c> already).
/// </summary>
internal sealed class ParameterDocumentTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            if (description.ParameterDescriptor is not IParameterInfoParameterDescriptor { ParameterInfo: var info }
                || ParameterRule.For(info) is not { } rule
                || operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == description.Name) is not { } parameter)
            {
                continue;
            }

            var meaning = info.GetCustomAttribute<DescriptionAttribute>()?.Description;
            parameter.Description = meaning is null ? rule.Description : $"{meaning}. {rule.Description}";
            if (parameter.Schema is OpenApiSchema schema)
            {
                rule.Describe(schema);
            }
        }

        return Task.CompletedTask;
    }
}
