// The parent flow in the service's Web Chat page on a phone-sized viewport (390×844), in Debian's headless Chromium
// with fonts-noto-cjk, one screenshot per step: bind, this week's attendance, a question to the teacher, notes.
// usage: node conversation-screenshots.js <baseUrl> <outputDir>   — prints one JSON line {ok, files}.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, outDir] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  const files = [];
  const transcript = () => page.locator('#webchat').innerText();
  const count = (text, fragment) => text.split(fragment).length - 1;
  async function say(text, expected) {
    const before = count(await transcript(), expected);
    const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    await box.fill(text);
    await box.press('Enter');
    await page.waitForFunction(([f, n]) => {
      const t = document.querySelector('#webchat').innerText;
      return t.split(f).length - 1 > n;
    }, [expected, before], { timeout: 30000 });
    await settled();
  }
  // Web Chat scrolls to the newest message with an animation; the picture is taken once it has reached the bottom.
  async function settled() {
    await page.waitForFunction(() => {
      const s = document.querySelector('.webchat__basic-transcript__scrollable');
      return !s || s.scrollHeight - s.clientHeight - s.scrollTop < 2;
    }, null, { timeout: 30000 });
  }
  async function shot(name) {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file });
    files.push(file);
  }
  try {
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first().waitFor({ state: 'visible', timeout: 60000 });
    // Web Chat greets first (conversationUpdate); typing before it is connected loses the message.
    await page.waitForFunction(() => document.querySelector('#webchat').innerText.includes('K7P2-QX9M-3RTW'), null, { timeout: 60000 });
    await settled();
    await say('老师给了我一个邀请码 BABA23', '想办什么');
    await shot('parent-1-bind.png');
    await say('孩子这周上学了吗', '问哪个孩子');
    await say('王小明', '王小明这周');
    await shot('parent-2-attendance.png');
    await say('问老师', '问哪个孩子');
    await say('1', '想问老师关于王小明');
    await say('小明晚上作业一般写到几点？', '已经转给');
    await shot('parent-3-ask-teacher.png');
    await say('看看小红的老师评语', '哪方面的评语');
    await say('全部', '老师评语（共');
    await shot('parent-4-notes.png');
    console.log(JSON.stringify({ ok: true, files }));
  } catch (e) {
    await shot('parent-failure.png').catch(() => {});
    console.log(JSON.stringify({ ok: false, reason: String(e && e.message || e), files, page: (await transcript().catch(() => '')).slice(-600) }));
    process.exitCode = 1;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main();
