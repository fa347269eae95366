using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// What a browser does with the console's forms: keeps cookies, reads the page's CSRF token and posts it back.
/// Redirects are not followed, so a test sees where the service sends the user.
/// </summary>
internal sealed partial class ConsoleBrowser(WebApplicationFactory<Program> factory)
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public string? LastPage { get; private set; }

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>GET and follow redirects within the console; the final page's HTML.</summary>
    public async Task<string> PageAsync(string url)
    {
        var response = await GetAsync(url);
        for (var i = 0; i < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found; i++)
            response = await GetAsync(response.Headers.Location!.OriginalString);
        return LastPage!;
    }

    /// <summary>Posts a form with the CSRF token of the last page (or none when <paramref name="withToken"/> is false).</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken) all.Add(new("__csrf", Token()));
        var response = await _client.PostAsync(url, new FormUrlEncodedContent(all));
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Posts a file as a browser's file input does (multipart), with the CSRF token of the last page.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string url, string field, string fileName, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(Token()), "__csrf");
        form.Add(new ByteArrayContent(bytes), field, fileName);
        var response = await _client.PostAsync(url, form);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    public async Task<HttpResponseMessage> SignInAsync(string login, string password)
    {
        await GetAsync("/console/signin");
        return await PostAsync("/console/signin", [new("login", login), new("password", password)]);
    }

    private string Token() =>
        CsrfField().Match(LastPage ?? "") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no CSRF token on the last page");

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
