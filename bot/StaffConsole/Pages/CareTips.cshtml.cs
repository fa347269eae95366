using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Staff;
using LeftBehind.Archive.Tips;
using LeftBehind.Bot.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// 家长学校 / 家长课堂 on the console (school admin): the library by audience with each tip's sends and 有用 / 没用, a form
/// to add a tip and to edit one (switching it off instead of deleting: what was sent stays explained). The same rules
/// as the admin API (<see cref="TipValidation"/>); a refused tip keeps what was typed and says per field what to fix.
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin)]
internal sealed class CareTipsModel(ITipService tips) : PageModel
{
    public IReadOnlyList<TipInfo> Tips { get; private set; } = [];

    public TipAudience? Audience { get; private set; }

    /// <summary>Editing: the tip's id, 0 for a new one; null shows the list.</summary>
    public int? EditId { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? Notice { get; private set; }

    [BindProperty] public TipForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? audience, int? id, bool add, string? done, CancellationToken ct)
    {
        Notice = done == "saved" ? ConsoleText.Get("TipSaved") : null;
        if (id is { } tipId)
        {
            if (await tips.GetAsync(tipId, ct) is not { } tip) return NotFound();
            EditId = tipId;
            Form = TipForm.From(tip);
            return Page();
        }
        if (add)
        {
            EditId = 0;
            Form = new TipForm { Audience = audience == "parent" ? "parent" : "guardian", Ages = TipAgeBands.All };
            return Page();
        }
        Audience = audience switch { "guardian" => TipAudience.Guardian, "parent" => TipAudience.Parent, _ => null };
        Tips = (await tips.ListAsync(Audience, cancellationToken: ct)).OrderBy(t => t.Audience).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        var input = Form.ToInput();
        var errors = TipValidation.Check(input).ToList();
        if (Form.Audience is not ("guardian" or "parent")) errors.Add(new("audience", "Audience"));
        if (errors.Count == 0)
        {
            try
            {
                if (id == 0) await tips.CreateAsync(input, ct);
                else if (await tips.UpdateAsync(id, input, ct) is null) return NotFound();
                return RedirectToPage(new { audience = Form.Audience, done = "saved" });
            }
            catch (TipInputException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        var locale = CultureInfo.CurrentUICulture.Name;
        Errors = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => HostText.Get("Tips_Error_" + e.Code, locale)).Distinct()));
        EditId = id;
        return Page();
    }

    /// <summary>The form's fields, as typed.</summary>
    public sealed class TipForm
    {
        public string? Code { get; set; }
        public string? Audience { get; set; }
        public string? Topic { get; set; }
        public string? Ages { get; set; }
        public string? Months { get; set; }
        public string? TextZhCn { get; set; }
        public string? TextZhTw { get; set; }
        public string? TextEn { get; set; }
        public bool Active { get; set; } = true;

        public TipInput ToInput() => new((Code ?? "").Trim(), Audience == "parent" ? TipAudience.Parent : TipAudience.Guardian, (Topic ?? "").Trim(), (Ages ?? "").Trim(),
            (Months ?? "").Trim(), (TextZhCn ?? "").Trim(), (TextZhTw ?? "").Trim(), (TextEn ?? "").Trim(), Active);

        public static TipForm From(TipInfo t) => new()
        {
            Code = t.Code, Audience = t.Audience == TipAudience.Parent ? "parent" : "guardian", Topic = t.Topic, Ages = t.Ages, Months = t.Months,
            TextZhCn = t.TextZhCn, TextZhTw = t.TextZhTw, TextEn = t.TextEn, Active = t.Active,
        };
    }
}
