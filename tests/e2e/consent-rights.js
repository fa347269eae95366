// A father on a phone (390×844, headless Chromium) binds in the service's Web Chat page, is asked separately for
// consent and sees nothing about his child before he agrees, agrees, opens 「我的信息」, sees what is held, exports it
// (a file link), and unbinds after a confirmation; afterwards the page is a stranger's. One screenshot per step.
// usage: node consent-rights.js <baseUrl> <outputDir>   — prints one JSON line {ok, files, exportLink}.
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
    await page.waitForFunction(([f, n]) => document.querySelector('#webchat').innerText.split(f).length - 1 > n, [expected, before], { timeout: 30000 });
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
  let exportLink = null;
  try {
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first().waitFor({ state: 'visible', timeout: 60000 });
    await page.waitForFunction(() => document.querySelector('#webchat').innerText.includes('K7P2-QX9M-3RTW'), null, { timeout: 60000 });
    await say('老师给的码 baba23', '同意请回复 1');
    await shot('rights-1-asked.png');
    await say('小明这周上学了吗', '请您单独确认');
    if ((await transcript()).includes('王小明这周')) throw new Error('child data shown before consent');
    // The question asked before agreeing is answered once he agrees (RequestBeforeConsentTranscriptTests).
    await say('同意', '王小明这周');
    await shot('rights-2-agreed.png');
    await say('我的信息', '4. 撤回同意');
    await say('1', '我们保存的您的信息');
    await shot('rights-3-shown.png');
    await say('2', '导出文件附在下面');
    exportLink = await page.evaluate(() => {
      const links = [...document.querySelectorAll('#webchat a')].filter(a => (a.getAttribute('href') || '').startsWith('data:application/json'));
      const a = links[links.length - 1];
      return a ? { text: a.innerText, download: a.getAttribute('download'), bytes: a.getAttribute('href').length } : null;
    });
    await shot('rights-4-export.png');
    await say('3', '确定吗');
    await say('确定解除', '已解除绑定');
    await shot('rights-5-unbound.png');
    await say('小明这周上学了吗', '请发送班主任给您的邀请码');
    console.log(JSON.stringify({ ok: true, files, exportLink }));
  } catch (e) {
    await shot('rights-failure.png').catch(() => {});
    console.log(JSON.stringify({ ok: false, reason: String(e && e.message || e), files, exportLink, page: (await transcript().catch(() => '')).slice(-800) }));
    process.exitCode = 1;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main();
