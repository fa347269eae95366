using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Jobs;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Replies;
using LeftBehind.Scheduler.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace LeftBehind.Scheduler;

public static class SchedulerHostingExtensions
{
    /// <summary>Quartz with its persistent store, the jobs, and the proactive outbox.</summary>
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulerOptions>()
            .Bind(builder.Configuration.GetSection(SchedulerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        AddQuartzStore(services, QuartzStoreSettings.From(builder.Configuration));
        services.AddHealthChecks().AddQuartz(o => o.Name = "scheduler");

        services.AddSingleton<SchedulerSchema>();
        services.AddSingleton<JobScheduleResolver>();
        services.AddSingleton<JobRunLog>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<TriggerSynchronizer>();
        services.AddSingleton<ISchedulerAdmin, SchedulerAdmin>();
        services.AddScoped<ScheduledJobHost>();
        services.AddScheduledJobs();

        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<QuietHoursPolicy>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<ChannelRateLimiter>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutbox, ProactiveOutbox>();
        services.AddSingleton<IReminderReplies, ReminderReplies>();

        services.AddHostedService<SchedulerSchemaInitializer>();
        services.AddHostedService<SchedulerHostedService>();
        services.AddHostedService<OutboxDispatcherService>();
        return builder;
    }

    private static void AddQuartzStore(IServiceCollection services, QuartzStoreSettings store)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "leftbehind";
                // In code the instance id must be generated explicitly ("AUTO" would be taken literally).
                if (store.Clustered) s.GenerateInstanceId = true;
            });
            q.UseDefaultThreadPool(4);
            q.UsePersistentStore(p =>
            {
                p.ProvisionSchema();
                if (store.Provider == StorageProvider.Postgres) p.UsePostgres(store.ConnectionString);
                else p.UseSqlite(store.ConnectionString);
                if (store.Clustered)
                {
                    p.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                }
            });
        });
    }
}
