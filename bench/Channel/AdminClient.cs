using System.Text;
using System.Text.Json;

namespace LeftBehind.Bench.Channel;

/// <summary>The service's admin API, for what a run needs set up (invite codes for the simulated users).</summary>
internal static class AdminClient
{
    public static async Task<string?> CreateInviteAsync(HttpClient http, string baseUrl, string adminKey, string school, string studentNumber, string role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl.TrimEnd('/') + "/admin/invites")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { school, studentNumber, role }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) return null;
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return doc.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
    }

    /// <summary>One invite per user (bounded parallelism); null where the service refused.</summary>
    public static async Task<string?[]> CreateInvitesAsync(HttpClient http, string baseUrl, string adminKey, ScenarioInvites invites, int users)
    {
        var codes = new string?[users];
        await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (u, _) =>
            codes[u] = await CreateInviteAsync(http, baseUrl, adminKey, invites.School, invites.StudentNumbers[u % invites.StudentNumbers.Count], invites.Role).ConfigureAwait(false)).ConfigureAwait(false);
        if (codes.All(c => c is null)) throw new InvalidOperationException("no invite could be created: is Admin:ApiKey set and the demo school seeded?");
        return codes;
    }
}
