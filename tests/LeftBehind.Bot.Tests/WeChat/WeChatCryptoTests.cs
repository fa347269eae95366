using System.Text.Json;
using LeftBehind.Bot.WeChat;
using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.WeChat;

/// <summary>Our message encryption checked against an independent implementation: the npm package wechat-crypto (tests/e2e/wechat-crypto.js).</summary>
public sealed class WeChatCryptoTests
{
    private const string Key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private const string Xml = "<xml><ToUserName><![CDATA[gh_3f1a2b4c5d6e]]></ToUserName><FromUserName><![CDATA[o-dad]]></FromUserName><CreateTime>1764988800</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[孩子这周上学了吗？]]></Content><MsgId>24001</MsgId></xml>";

    [Fact]
    public async Task A_message_encrypted_by_wechat_crypto_decrypts_here_with_its_msg_signature()
    {
        var (code, output) = await NodeScript.RunAsync("wechat-crypto.js", "encrypt", WeChatSimulator.Token, Key, WeChatSimulator.AppId, "1764988800", "873162", Xml);
        Assert.True(code == 0, output);
        using var doc = JsonDocument.Parse(output);
        var encrypt = doc.RootElement.GetProperty("encrypt").GetString()!;
        Assert.True(WeChatCrypto.SignatureMatches(doc.RootElement.GetProperty("signature").GetString(), WeChatSimulator.Token, "1764988800", "873162", encrypt));
        var plain = WeChatCrypto.Decrypt(encrypt, WeChatCrypto.Key(Key));
        Assert.Equal((Xml, WeChatSimulator.AppId), plain);
    }

    [Fact]
    public async Task A_message_encrypted_here_decrypts_with_wechat_crypto_and_its_signature_checks()
    {
        var encrypt = WeChatCrypto.Encrypt(Xml, WeChatCrypto.Key(Key), WeChatSimulator.AppId);
        var signature = WeChatCrypto.Sign(WeChatSimulator.Token, "1764988801", "55", encrypt);
        var (code, output) = await NodeScript.RunAsync("wechat-crypto.js", "decrypt", WeChatSimulator.Token, Key, WeChatSimulator.AppId, "1764988801", "55", encrypt, signature);
        Assert.True(code == 0, output);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("signatureOk").GetBoolean());
        Assert.Equal(Xml, doc.RootElement.GetProperty("message").GetString());
        Assert.Equal(WeChatSimulator.AppId, doc.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Another_key_or_garbage_does_not_decrypt()
    {
        var encrypt = WeChatCrypto.Encrypt(Xml, WeChatCrypto.Key(Key), WeChatSimulator.AppId);
        var other = WeChatCrypto.Decrypt(encrypt, WeChatCrypto.Key(WeChatSimulator.NewKey()));
        Assert.True(other is null || other.Value.AppId != WeChatSimulator.AppId);
        Assert.Null(WeChatCrypto.Decrypt("not base64!", WeChatCrypto.Key(Key)));
        Assert.Null(WeChatCrypto.Decrypt(Convert.ToBase64String(new byte[15]), WeChatCrypto.Key(Key)));
    }

    [Fact]
    public void Xml_with_a_dtd_is_refused_and_no_entity_is_expanded()
    {
        const string xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Content>&x;</Content></xml>";
        Assert.Null(WeChatXml.Parse(xxe));
        const string bomb = "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><Content>&b;</Content></xml>";
        Assert.Null(WeChatXml.Parse(bomb));
        Assert.Equal("你好]]>", WeChatXml.Parse(WeChatXml.Write([new("Content", "你好]]>")]))!["Content"]);
    }

    [Fact]
    public void Template_fields_are_at_most_20_characters_and_choices_become_numbered_lines()
    {
        var template = new WeChatTemplateOptions { Id = "t", Fields = ["thing1", "thing2", "thing3"] };
        var activity = new LeftBehind.Dialogs.Schema.Activity { Text = "这个月还没给王小明写两地书。孩子在等您的信，写几句家常话也好，回复「写信」就能开始。", Locale = "zh-CN" };
        var data = WeChatOutbound.TemplateData(template, WeChatNoticeKinds.MonthlyLetter, activity);
        var values = data.Values.Select(v => (string)v.GetType().GetProperty("value")!.GetValue(v)!).ToList();
        Assert.All(values, v => Assert.True(v.Length <= 20, v));
        Assert.Equal("两地书提醒", values[0]);
        Assert.EndsWith("…", values[^1]);

        var withChoices = new LeftBehind.Dialogs.Schema.Activity
        {
            Text = "问哪个孩子？",
            SuggestedActions = new LeftBehind.Dialogs.Schema.SuggestedActions { Actions = [LeftBehind.Dialogs.Schema.CardAction.ImBack("王小明", "王小明"), LeftBehind.Dialogs.Schema.CardAction.ImBack("王小红", "王小红")] },
        };
        Assert.Equal("问哪个孩子？\n1. 王小明\n2. 王小红", WeChatOutbound.RenderText(withChoices));

        // Found playing the grandfather: a prompt that already lists its choices (channels without buttons) showed them twice.
        var listed = withChoices with { Text = "问哪个孩子？\n1. 王小明\n2. 王小红" };
        Assert.Equal("问哪个孩子？\n1. 王小明\n2. 王小红", WeChatOutbound.RenderText(listed));
    }
}
