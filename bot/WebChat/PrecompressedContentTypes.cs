using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.StaticFiles;

namespace LeftBehind.Bot.WebChat;

/// <summary>A pre-compressed copy (<c>app.js.br</c>) has the content type of the file it was made from.</summary>
internal sealed class PrecompressedContentTypes : IContentTypeProvider
{
    private readonly FileExtensionContentTypeProvider _inner = new();

    public bool TryGetContentType(string subpath, [MaybeNullWhen(false)] out string contentType)
    {
        if (subpath.EndsWith(".br", StringComparison.Ordinal) || subpath.EndsWith(".gz", StringComparison.Ordinal))
        {
            subpath = subpath[..^3];
        }
        return _inner.TryGetContentType(subpath, out contentType);
    }
}
