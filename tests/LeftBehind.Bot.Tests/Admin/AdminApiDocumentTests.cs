using System.Net;
using System.Text.Json;
using LeftBehind.Tests.Bot;

namespace LeftBehind.Tests.Admin;

/// <summary>Issue 19: the admin API's OpenAPI document lists every /admin endpoint, and nothing else, with the key header.</summary>
public sealed class AdminApiDocumentTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_openapi_document_describes_the_admin_endpoints_and_their_key_header_only()
    {
        var response = await _host.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/admin/staff", paths);
        Assert.Contains("/admin/roster", paths);
        Assert.Contains("/admin/families", paths);
        Assert.All(paths, p => Assert.StartsWith("/admin/", p));
        var scheme = doc.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("AdminKey");
        Assert.Equal("X-Admin-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
    }
}
