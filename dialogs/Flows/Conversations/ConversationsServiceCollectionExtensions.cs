using LeftBehind.Dialogs.Care;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Teacher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Conversations;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot itself and the parent, guardian, teacher and emergency flows. The host registers the
    /// <see cref="IProactiveMessenger"/> and the <see cref="Guardian.IReminderReplySink"/> they send through.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<ConversationAccessors>();
        services.TryAddSingleton<TurnPreparation>();
        services.TryAddSingleton<Prompts.INewRequestRecognizer, ClearNewRequest>();
        services.TryAddSingleton<WelcomeBackSummary>();
        services.TryAddSingleton<InviteBinding>();
        services.TryAddSingleton<Rights.RightsAccessors>();
        services.TryAddSingleton<Rights.ConsentGate>();
        services.TryAddSingleton<Rights.EarlierRequests>();
        services.TryAddSingleton<Rights.MyInformation>();
        services.TryAddSingleton<RoleFlowDialogs>();
        services.TryAddSingleton<Tips.TipReplies>();
        services.TryAddSingleton<ChooseChannelDialog>();
        services.AddParentFlows();
        services.AddGuardianFlows();
        services.AddTeacherFlows();
        services.AddEmergencyFlows(configuration);
        services.AddCareFlows();
        services.AddTurnInterceptors();
        services.AddRootDialog<MainDialog>();
        // The one IBot: the kernel and the host register none.
        services.AddSingleton<IBot, LeftBehindBot>();
        return services;
    }

    /// <summary>
    /// The one ordered list of <see cref="ITurnInterceptor"/>s. MainDialog shows every bound person's message to them
    /// in this order, before the waiting question or the menu; the first that returns a result has taken it:
    /// 0. a voice message that came without words: said to be unheard, and what waited asked again;
    /// 1. a family member writes that the guardian cannot care: reported before anything else (Art. 21–23);
    /// 2. talk about the person's open emergency (a question, "找到了"), unless 1 just reported the message;
    /// 3. an urgent message: the emergency flow (content being written is kept, then the offer to alert);
    /// 4. a teacher writes that a family's guardian cannot care: which child, then the same report;
    /// 5. the 登记代理监护人 button of the parents' notice;
    /// 6. replies to a 座谈会 invitation (参加 / 不参加, a digit only right after the invitation);
    /// 7. replies to a tip (有用 / 没用 / 停);
    /// 8. a teacher's notice for the class's families ("应急演练通知"): the chat sends none, said at any question;
    /// 9. small talk at the menu ("今天天气怎么样", "你好"): a short reply and the menu, never the teacher;
    /// 10. a bound person asking about a new phone ("换手机了咋办"): what to do, at any question;
    /// 11. a parent's follow-up to the last attendance question ("小红呢", "上周三呢", "那这个月呢");
    /// 12. a grandparent's follow-up to the last attendance question ("那小红呢"), and his attendance question while
    ///     another of his questions waits: answered beside it, the question asked again;
    /// 13. a parent's message with two requests: the first now, the second offered after it;
    /// 14. a grandparent's message with two requests, spaces between them too: the first now, the second after it;
    /// 15. a child's name alone at the menu ("小明"): the menu for that child.
    /// Add a line at the place your kind of message must be looked at, and a line to this comment.
    /// </summary>
    private static void AddTurnInterceptors(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, UnheardVoiceInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, FamilyGuardianGapInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, EmergencyTalkInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, UrgentMessageInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, TeacherGuardianGapInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, RecordGuardianInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, MeetingReplyInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, Tips.TipReplyInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, Teacher.ClassNoticeInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, SmallTalkInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, NewPhoneInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, ParentFollowUpInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, GuardianFollowUpInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, GuardianAttendanceAsideInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, ParentTwoRequestsInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, GuardianTwoRequestsInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnInterceptor, ChildNameInterceptor>());
    }
}
