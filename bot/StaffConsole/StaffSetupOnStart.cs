using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Staff;
using LeftBehind.Archive.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>
/// The console's roles exist before anyone signs in; in Development with the demo school, its demo staff logins too
/// (README, "The staff console"). Runs after the archive's migrator and demo seeding (registered after them).
/// </summary>
internal sealed class StaffSetupOnStart(IServiceScopeFactory scopes, IHostEnvironment environment, IOptions<StorageOptions> storage, IOptions<StaffConsoleOptions> options, IDemoInfo demo, IDbConnectionFactory connections) : IHostedService
{
    /// <summary>login, name, role (demo school; the teachers are the roster's).</summary>
    public static readonly (string Login, string Name, string Role)[] DemoStaff =
    [
        ("xiaozhang", "周校长", StaffRoles.SchoolAdmin),
        ("lihongmei", "李红梅", StaffRoles.HeadTeacher),
        ("wangfang", "王芳", StaffRoles.PairedTeacher),
        ("county", "阳光县教育局", StaffRoles.CountyViewer),
    ];

    // Instances starting together on one database take turns, as the migrator and the demo seeding do: the second
    // finds the roles and logins made and does nothing.
    public Task StartAsync(CancellationToken cancellationToken) => SchemaLock.RunAsync(connections, () => SetUpAsync(cancellationToken), cancellationToken);

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<int>(role));
        }
        if (!environment.IsDevelopment() || !storage.Value.SeedDemoData) return;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var school = demo.SchoolName;
        foreach (var (login, name, role) in DemoStaff)
        {
            if (await users.FindByNameAsync(login) is not null) continue;
            var result = await accounts.CreateAsync(new StaffAccountRequest(school, name, role, login, options.Value.DemoPassword), cancellationToken);
            if (!result.Succeeded) throw new InvalidOperationException("demo staff " + login + ": " + string.Join("; ", result.Errors));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
