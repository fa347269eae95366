namespace LeftBehind.Bot.StaffConsole;

/// <summary><c>POST /admin/staff</c>: <c>{"school":"阳光县希望小学","name":"李红梅","role":"HeadTeacher","login":"lihongmei","password":"…"}</c>.</summary>
internal sealed record StaffAccountRequest(string? School, string? Name, string? Role, string? Login, string? Password);
