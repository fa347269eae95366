using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Bot.DirectLine;

/// <summary>Section <c>DirectLine</c>: the built-in Direct Line 3.0 server.</summary>
internal sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The secret a web site's back end uses (Authorization: Bearer secret). Empty: tokens come from loopback or the page.</summary>
    public string? Secret { get; set; }

    /// <summary>With no secret, also let non-loopback callers generate tokens and start conversations.</summary>
    public bool AllowAnonymous { get; set; }

    [Range(60, 86400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How long a chain of refreshes may keep one grant alive; after that the client must get a new token.</summary>
    [Range(1, 24 * 30)]
    public int MaxTokenChainHours { get; set; } = 24;

    [Range(1, 600)]
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>
    /// How often each instance looks for turns that were stored but that no instance is running (their instance died):
    /// one found on two looks in a row with nobody holding its conversation's turn order is run. A turn left by a
    /// killed instance runs again within about twice this.
    /// </summary>
    [Range(100, 60_000)]
    public int TurnRecoveryMilliseconds { get; set; } = 1000;

    /// <summary>
    /// One instance (SQLite: no other process can leave a turn behind): after a look that found nothing due, the next
    /// look waits twice as long, up to this; a look that finds something brings it back to
    /// <see cref="TurnRecoveryMilliseconds"/>. Several instances look every <see cref="TurnRecoveryMilliseconds"/>.
    /// </summary>
    [Range(100, 3_600_000)]
    public int TurnRecoveryIdleMaxMilliseconds { get; set; } = 60_000;

    [Range(1024, 64 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    [Range(1024, 256 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 8 * 1024 * 1024;

    [Range(1, 720)]
    public int UploadRetentionHours { get; set; } = 24;

    /// <summary>Files one user may upload in 24 hours (a phone sending a few photos of homework, not a file store).</summary>
    [Range(1, 10_000)]
    public int MaxUploadsPerUserPerDay { get; set; } = 20;

    /// <summary>Bytes one user may upload in 24 hours (ten anonymous 8 MB uploads once grew the database 80 MB in a second).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxUploadBytesPerUserPerDay { get; set; } = 32L * 1024 * 1024;

    /// <summary>How long a POST waits for the bot before answering anyway (the turn continues).</summary>
    [Range(0.01, 600)]
    public double AcknowledgeSeconds { get; set; } = 14;

    [Required(AllowEmptyStrings = false)]
    public string BotId { get; set; } = "leftbehind-bot";

    [Required(AllowEmptyStrings = false)]
    public string BotName { get; set; } = "两地书";
}
