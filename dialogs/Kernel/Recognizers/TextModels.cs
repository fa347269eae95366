using Microsoft.Recognizers.Text;
using MsDateTime = Microsoft.Recognizers.Text.DateTime;
using MsNumber = Microsoft.Recognizers.Text.Number;
using MsNumberWithUnit = Microsoft.Recognizers.Text.NumberWithUnit;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// The Microsoft.Recognizers.Text models, built once (building compiles hundreds of regular expressions) and shared:
/// the models keep no per-call state. Chinese models read zh-CN and zh-TW (folded to Simplified first), English
/// models everything written without Chinese characters.
/// </summary>
internal static class TextModels
{
    private static readonly Lazy<IModel> ChineseNumber = new(() => new MsNumber.NumberRecognizer(Culture.Chinese).GetNumberModel());
    private static readonly Lazy<IModel> EnglishNumber = new(() => new MsNumber.NumberRecognizer(Culture.English).GetNumberModel());
    private static readonly Lazy<IModel> ChineseAge = new(() => new MsNumberWithUnit.NumberWithUnitRecognizer(Culture.Chinese).GetAgeModel());
    private static readonly Lazy<IModel> EnglishAge = new(() => new MsNumberWithUnit.NumberWithUnitRecognizer(Culture.English).GetAgeModel());
    private static readonly Lazy<IModel> ChineseTemperature = new(() => new MsNumberWithUnit.NumberWithUnitRecognizer(Culture.Chinese).GetTemperatureModel());
    private static readonly Lazy<IModel> EnglishTemperature = new(() => new MsNumberWithUnit.NumberWithUnitRecognizer(Culture.English).GetTemperatureModel());
    private static readonly Lazy<IModel> ChineseCurrency = new(() => new MsNumberWithUnit.NumberWithUnitRecognizer(Culture.Chinese).GetCurrencyModel());
    private static readonly Lazy<IModel> EnglishCurrency = new(() => new MsNumberWithUnit.NumberWithUnitRecognizer(Culture.English).GetCurrencyModel());
    private static readonly Lazy<MsDateTime.DateTimeModel> ChineseDateTime = new(() => new MsDateTime.DateTimeRecognizer(Culture.Chinese, MsDateTime.DateTimeOptions.None).GetDateTimeModel());
    private static readonly Lazy<MsDateTime.DateTimeModel> EnglishDateTime = new(() => new MsDateTime.DateTimeRecognizer(Culture.English, MsDateTime.DateTimeOptions.None).GetDateTimeModel());

    public static IModel Number(bool chinese) => (chinese ? ChineseNumber : EnglishNumber).Value;

    public static IModel WithUnit(MeasureKind kind, bool chinese) => kind switch
    {
        MeasureKind.Age => (chinese ? ChineseAge : EnglishAge).Value,
        MeasureKind.Temperature => (chinese ? ChineseTemperature : EnglishTemperature).Value,
        _ => (chinese ? ChineseCurrency : EnglishCurrency).Value,
    };

    public static MsDateTime.DateTimeModel DateTime(bool chinese) => (chinese ? ChineseDateTime : EnglishDateTime).Value;
}
