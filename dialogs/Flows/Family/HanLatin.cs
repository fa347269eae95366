using System.Runtime.InteropServices;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// Chinese characters to tone-less pinyin with ICU's own transliterator ("Han-Latin/Names; Latin-ASCII; Lower", names
/// read as names: 单 is shan), from the ICU library .NET itself loads for globalization (the project runs with
/// InvariantGlobalization off). Loaded once; where ICU is not found every call answers null and nothing is matched by
/// pinyin. ICU transliterators are not safe to share between threads, so each call holds the lock.
/// </summary>
internal static class HanLatin
{
    private const string Id = "Han-Latin/Names; Latin-ASCII; Lower";
    private static readonly Lock Gate = new();
    private static readonly Lazy<Icu?> Library = new(Icu.Load);

    /// <summary>The pinyin of <paramref name="text"/>, syllables separated by spaces ("wang xiao ming"); null without ICU.</summary>
    public static string? ToPinyin(string text)
    {
        if (Library.Value is not { } icu || string.IsNullOrEmpty(text)) return null;
        lock (Gate) return icu.Transliterate(text);
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenU([MarshalAs(UnmanagedType.LPWStr)] string id, int idLength, int direction, IntPtr rules, int rulesLength, IntPtr parseError, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate void TransUChars(IntPtr transliterator, [In, Out] char[] text, ref int textLength, int capacity, int start, ref int limit, ref int status);

    private sealed class Icu(IntPtr transliterator, TransUChars transform)
    {
        public string? Transliterate(string text)
        {
            // Each Chinese character becomes a syllable of at most six letters and a space.
            var buffer = new char[text.Length * 8 + 16];
            text.CopyTo(0, buffer, 0, text.Length);
            var length = text.Length;
            var limit = text.Length;
            var status = 0;
            transform(transliterator, buffer, ref length, buffer.Length, 0, ref limit, ref status);
            return status > 0 ? null : new string(buffer, 0, length);
        }

        public static Icu? Load()
        {
            for (var version = 90; version >= 50; version--)
            {
                if (!NativeLibrary.TryLoad($"libicui18n.so.{version}", out var lib)) continue;
                if (!NativeLibrary.TryGetExport(lib, $"utrans_openU_{version}", out var open) || !NativeLibrary.TryGetExport(lib, $"utrans_transUChars_{version}", out var trans)) return null;
                var status = 0;
                var handle = Marshal.GetDelegateForFunctionPointer<OpenU>(open)(Id, Id.Length, 0, IntPtr.Zero, 0, IntPtr.Zero, ref status);
                return status > 0 || handle == IntPtr.Zero ? null : new Icu(handle, Marshal.GetDelegateForFunctionPointer<TransUChars>(trans));
            }
            return null;
        }
    }
}
