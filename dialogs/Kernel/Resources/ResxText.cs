using System.Globalization;
using System.Resources;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// One resx family looked up in an explicit language (the turn's or a recipient's), never the thread's culture, so
/// a proactive message to a parent is written in the parent's language whatever turn is running.
/// A missing name throws: a key shown to a user is worse than a failing test.
/// </summary>
internal sealed class ResxText(string baseName)
{
    private readonly ResourceManager _resources = new(baseName, typeof(ResxText).Assembly);

    public string Get(ITurnContext turnContext, string name, params object[] args) => Get(turnContext.Locale, name, args);

    public string Get(string? locale, string name, params object[] args) =>
        Get(CultureInfo.GetCultureInfo(Locales.Normalize(locale) ?? Locales.Default), name, args);

    public string Get(CultureInfo culture, string name, params object[] args)
    {
        var format = _resources.GetString(name, culture) ?? throw new MissingManifestResourceException($"{baseName}: {name}");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
