// Opens the service's Web Chat page in Debian's headless Chromium via playwright-core, sends a message, and waits
// for the bot's reply; fails on "Send failed". usage: node webchat.js <baseUrl> [screenshot.png]
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, screenshot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function main() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const errors = [];
  const page = context.pages()[0] || await context.newPage();
  try {
    page.on('pageerror', e => errors.push(String(e)));
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    await box.waitFor({ state: 'visible', timeout: 60000 });
    // Web Chat greets first (conversationUpdate) once it is connected; Enter pressed before that sends nothing.
    await page.waitForFunction(() => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > 0, null, { timeout: 60000 });
    await box.fill('你好，我想问孩子这周的出勤');
    await box.press('Enter');
    // The bot's reply: any bot bubble after the user's message.
    await page.waitForFunction(() => {
      const text = document.querySelector('#webchat') ? document.querySelector('#webchat').innerText : '';
      return text.includes('你好，我想问孩子这周的出勤') && document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > 0;
    }, null, { timeout: 60000 });
    // The send is settled once Web Chat stops showing "正在发送" for it: matched by its echo ("刚刚"/a time) or failed
    // ("发送失败") after sendTimeout.
    await page.waitForFunction(() => {
      const text = document.querySelector('#webchat').innerText;
      return !/正在发送|Sending/.test(text) && /刚刚|发送失败|Just now|Send failed|\d{1,2}:\d{2}/.test(text);
    }, null, { timeout: 60000 });
    const text = await page.locator('#webchat').innerText();
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
    const failed = /Send failed|发送失败|無法傳送|无法发送/.test(text);
    const botBubbles = await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
    console.log(JSON.stringify({ ok: !failed && botBubbles > 0, failed, botBubbles, errors }));
    process.exitCode = !failed && botBubbles > 0 ? 0 : 1;
  } catch (e) {
    const text = await page.locator('body').innerText().catch(() => '');
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
    throw new Error(String(e && e.message || e) + ' | page: ' + text.slice(0, 300).replace(/\s+/g, ' ') + ' | errors: ' + errors.join('; '));
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch(e => { console.log(JSON.stringify({ ok: false, reason: String(e && e.message || e) })); process.exit(1); });
