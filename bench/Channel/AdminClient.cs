using System.Globalization;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Roster;

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

    /// <summary>
    /// One invite per user (bounded parallelism); null where the service refused. With <c>families</c> in the scenario,
    /// every simulated user first gets a family of their own (a roster imported into a bench school), so no two
    /// simulated users are one person: otherwise 20 devices of one father bind at once and each binding tells the
    /// others (issue #14), which is neither a real load nor what the scenario expects.
    /// </summary>
    public static async Task<string?[]> CreateInvitesAsync(HttpClient http, string baseUrl, string adminKey, ScenarioInvites invites, int users)
    {
        var students = invites.StudentNumbers;
        var school = invites.School;
        if (invites.Families is { } families)
        {
            students = await ImportFamiliesAsync(http, baseUrl, adminKey, families, users).ConfigureAwait(false);
            school = families.School;
        }
        var codes = new string?[users];
        await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (u, _) =>
            codes[u] = await CreateInviteAsync(http, baseUrl, adminKey, school, students[u % students.Count], invites.Role).ConfigureAwait(false)).ConfigureAwait(false);
        if (codes.All(c => c is null)) throw new InvalidOperationException("no invite could be created: is Admin:ApiKey set and the demo school seeded?");
        return codes;
    }

    /// <summary>Imports <paramref name="users"/> one-child families with fresh student numbers (a new block per run).</summary>
    private static async Task<IReadOnlyList<string>> ImportFamiliesAsync(HttpClient http, string baseUrl, string adminKey, ScenarioFamilies families, int users)
    {
        var block = Random.Shared.Next(100, 999) * 10_000;
        string Number(int u) => (block + u).ToString("D7", CultureInfo.InvariantCulture);
        var rows = Enumerable.Range(0, users).Select(u => (IReadOnlyList<string>)
        [
            families.School, families.Class, Number(u), "学生" + Number(u), u % 2 == 0 ? "男" : "女", "2017-03-01", "双亲外出",
            "祖" + Number(u), "祖父母", "139" + Number(u)[^7..].PadLeft(8, '0'), "父" + Number(u), "138" + Number(u)[^7..].PadLeft(8, '0'), "广东深圳",
            "母" + Number(u), "137" + Number(u)[^7..].PadLeft(8, '0'), "广东深圳", families.HeadTeacher, "",
        ]).ToList();
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl.TrimEnd('/') + "/admin/roster")
        {
            Content = new StringContent(RosterCsv.Build(rows), Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"roster import refused ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }
        return [.. Enumerable.Range(0, users).Select(Number)];
    }
}
