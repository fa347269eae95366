using Microsoft.OpenApi;

namespace LeftBehind.Bot.Admin;

/// <summary>
/// The admin API's OpenAPI document at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi): every <c>/admin</c>
/// endpoint and the <c>X-Admin-Key</c> header they take. Other routes (the console, the channels) are left out.
/// </summary>
internal static class AdminApiDocument
{
    private const string KeyScheme = "AdminKey";

    public static IServiceCollection AddAdminApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("admin", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "LeftBehind.Bot admin API",
                    Version = "v1",
                    Description = "Machine-to-machine set-up and reporting. Every request carries the header X-Admin-Key: the service's key, or a school's key (POST /admin/schools/keys), which reaches only that school.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[KeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "X-Admin-Key",
                    Description = "The admin key or a school's key.",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyScheme, document)] = [] });
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapAdminApiDocument(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
