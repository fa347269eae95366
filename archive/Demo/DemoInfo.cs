using LeftBehind.Archive.Storage;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Demo;

internal sealed class DemoInfo(IOptions<StorageOptions> storage) : IDemoInfo
{
    public bool Enabled => storage.Value.SeedDemoData;

    public string SchoolName => DemoData.SchoolName;

    public string? SchoolPhone => Enabled ? DemoData.SchoolPhone : null;

    public IReadOnlyList<DemoInviteCode> Codes => Enabled ? DemoData.Codes : [];
}
