namespace LeftBehind.Dialogs.State;

/// <summary>
/// The user's settings the kernel needs, kept in <see cref="UserState"/> under "profile". Role flows add their
/// own fields here or keep their own records beside it.
/// </summary>
public record UserProfile
{
    /// <summary>The language the user chose (zh-CN, zh-TW or en-US); null until they choose.</summary>
    public string? Locale { get; set; }

    /// <summary>IANA time zone dates and times are resolved in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
