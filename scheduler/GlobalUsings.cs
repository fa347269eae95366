// The namespaces every job file needs; listed once here instead of at the top of each job.
global using LeftBehind.Archive.Model;
global using LeftBehind.Archive.Services;
global using LeftBehind.Archive.Terms;
global using LeftBehind.Scheduler.Configuration;
global using LeftBehind.Scheduler.Outbox;
global using LeftBehind.Scheduler.Recipients;
global using LeftBehind.Dialogs.Notifications;
global using Microsoft.Extensions.Options;
