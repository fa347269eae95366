using LeftBehind.Archive;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Understanding;
using LeftBehind.Scheduler;

// Run from elsewhere (a published folder, a service manager), the settings travel next to the binaries.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = File.Exists("appsettings.json") ? null : AppContext.BaseDirectory,
});
builder.AddArchive();
builder.Services.AddConversationKernel(builder.Configuration);
builder.Services.AddTextAnalysis(builder.Configuration);
builder.AddFlows();
builder.AddScheduler();
builder.AddBotHost();

var app = builder.Build();
app.MapBotHost();
app.Run();

public partial class Program;
