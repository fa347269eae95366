using LeftBehind.Archive;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs;
using LeftBehind.Scheduler;

var builder = WebApplication.CreateBuilder(args);
builder.AddArchive();
builder.AddDialogs();
builder.AddScheduler();
builder.AddBotHost();

var app = builder.Build();
app.MapBotHost();
app.Run();

public partial class Program;
