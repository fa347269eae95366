using System.Diagnostics;
using System.Text.Json;
using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// The providers' official SDKs (tests/e2e/provider-sign.js: tencentcloud-sdk-nodejs-common's signer, @alicloud/pop-core's
/// RPC client) compute the signature a request must carry. One node process per simulator, one JSON line per request.
/// </summary>
internal sealed class SdkSigner : IDisposable
{
    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public SdkSigner()
    {
        var dir = Path.Combine(LeftBehindFactory.RepositoryRoot, "tests", "e2e");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "@alicloud", "pop-core")))
            throw new InvalidOperationException("run scripts/install-test-deps.sh (npm ci in tests/e2e) first");
        var psi = new ProcessStartInfo("node") { WorkingDirectory = dir, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = false };
        psi.ArgumentList.Add("provider-sign.js");
        psi.ArgumentList.Add("--serve");
        _process = Process.Start(psi)!;
    }

    public Task<string> Tc3Async(string host, byte[] body, long timestamp, string service, string secretId, string secretKey, string contentType) =>
        AskAsync(new { mode = "tc3", host, body = Convert.ToBase64String(body), timestamp, service, secretId, secretKey, contentType });

    public Task<string> RpcAsync(IReadOnlyDictionary<string, string> parameters, string accessKeyId, string accessKeySecret) =>
        AskAsync(new { mode = "rpc", @params = parameters, accessKeyId, accessKeySecret });

    private async Task<string> AskAsync(object input)
    {
        await _gate.WaitAsync();
        try
        {
            await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(input));
            await _process.StandardInput.FlushAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await _process.StandardOutput.ReadLineAsync(cts.Token) ?? throw new InvalidOperationException("provider-sign.js exited");
            var answer = JsonDocument.Parse(line).RootElement;
            if (answer.TryGetProperty("error", out var error)) throw new InvalidOperationException("provider-sign.js: " + error.GetString());
            return answer.GetProperty("signature").GetString()!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000)) _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        _gate.Dispose();
    }
}
