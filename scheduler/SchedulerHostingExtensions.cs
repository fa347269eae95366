using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Jobs;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Recipients;
using LeftBehind.Scheduler.Replies;
using LeftBehind.Scheduler.Storage;
using SqliteWriteGate = LeftBehind.Scheduler.Storage.SqliteWriteGate;
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
        builder.Services.AddOptions<SchedulerOptions>()
            .Bind(builder.Configuration.GetSection(SchedulerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSchedulerServices();
        builder.Services.AddOptions<DeliveryOptions>()
            .Bind(builder.Configuration.GetSection(DeliveryOptions.Section))
            .Configure(o =>
            {
                o.SmsEnabled = IsOn(builder.Configuration["Sms:Provider"]);
                o.VoiceEnabled = IsOn(builder.Configuration["Voice:Provider"]);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<EmergencyVoiceOptions>().Bind(builder.Configuration.GetSection(EmergencyVoiceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<EmergencyVoiceService>();
        builder.Services.AddSchedulerQuartz(QuartzStoreSettings.From(builder.Configuration));
        builder.Services.AddHostedService<OutboxDispatcherService>();
        return builder;
    }

    /// <summary>The outbox, the jobs and reminder replies, without Quartz or hosted services (tests and benchmarks drive them).</summary>
    internal static IServiceCollection AddSchedulerServices(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<JobScheduleResolver>();
        services.AddSingleton<JobRunLog>();
        services.AddSingleton<JobRunner>();
        services.AddScheduledJobs();

        services.AddSingleton<IRecipientDirectory, ArchiveRecipientDirectory>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSettled>();
        services.AddSingleton<QuietHoursPolicy>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<ClusterSendSlots>();
        services.AddSingleton<ChannelRateLimiter>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<DeliveryPolicy>();
        services.AddSingleton<IDeliveryReport, DeliveryReport>();
        services.AddSingleton<UnreachableNotifier>();
        services.AddSingleton<EmergencyVoiceCaller>();
        services.AddOptions<DeliveryOptions>();
        services.AddOptions<EmergencyVoiceOptions>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutbox, ProactiveOutbox>();
        services.AddSingleton<ReminderReplies>();
        services.AddSingleton<IReminderReplies>(sp => sp.GetRequiredService<ReminderReplies>());

        return services;
    }

    private static bool IsOn(string? provider) => !string.IsNullOrWhiteSpace(provider) && !provider.Equals("None", StringComparison.OrdinalIgnoreCase);

    /// <summary>Quartz on its persistent store, the trigger synchronizer, the admin view and the health check.</summary>
    internal static IServiceCollection AddSchedulerQuartz(this IServiceCollection services, QuartzStoreSettings store)
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
        services.AddHealthChecks().AddQuartz(o => o.Name = "scheduler");
        services.AddScoped<ScheduledJobHost>();
        services.AddSingleton<TriggerSynchronizer>();
        services.AddSingleton<ISchedulerAdmin, SchedulerAdmin>();
        services.AddHostedService<SchedulerHostedService>();
        return services;
    }
}
