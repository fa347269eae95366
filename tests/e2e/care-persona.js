// Trying #20 as its users would, in the Web Chat page at 390×844 (Debian's headless Chromium): the grandfather says
// grandma is in hospital; the father, in his own browser, answers the notice with 临时监护人 and everything at once;
// the head teacher records a 家访 with a typo and an answer out of turn. One screenshot per step.
// usage: node care-persona.js <baseUrl> <outputDir>   — prints one JSON line {ok, files, transcripts}.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, outDir] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const files = [];
const transcripts = {};

async function person(name) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  const transcript = () => page.locator('#webchat').innerText();
  const count = (text, fragment) => text.split(fragment).length - 1;
  await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
  await page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first().waitFor({ state: 'visible', timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('#webchat').innerText.includes('K7P2-QX9M-3RTW'), null, { timeout: 60000 });
  await page.waitForTimeout(500);
  return {
    async say(text, expected) {
      const before = count(await transcript(), expected);
      const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
      await box.fill(text);
      await box.press('Enter');
      await page.waitForFunction(([f, n]) => document.querySelector('#webchat').innerText.split(f).length - 1 > n, [expected, before], { timeout: 60000 });
      await page.waitForTimeout(800);
    },
    async waitFor(expected) {
      await page.waitForFunction(f => document.querySelector('#webchat').innerText.includes(f), expected, { timeout: 60000 });
    },
    async shot(file) {
      const p = path.join(outDir, file);
      await page.screenshot({ path: p });
      files.push(p);
    },
    async close() {
      transcripts[name] = (await transcript()).slice(-3000);
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const people = [];
  try {
    const grandpa = await person('grandpa'); people.push(grandpa);
    await grandpa.say('YEYE67', '您要做什么');
    const dad = await person('dad'); people.push(dad);
    await dad.say('我的邀请码是 baba23', '想办什么');
    const head = await person('head'); people.push(head);
    await head.say('BZR789', '要做什么');

    await grandpa.say('老伴中风住院了，我得去医院陪着', '已告诉');
    await grandpa.shot('care-1-grandpa-reports.png');
    await dad.waitFor('请安排临时监护人');
    await dad.shot('care-2-dad-notice.png');
    await dad.say('临时监护人', '临时监护人叫什么名字');
    await dad.say('王桂芳 孩子姑姑 13800138000', '已登记');
    await dad.shot('care-3-dad-guardian.png');
    await head.waitFor('临时监护人已登记');

    await head.say('记家访', '记哪个孩子的家访');
    await head.say('王小红', '哪天去');
    await head.say('昨天下午', '住房安全');
    await head.say('1 2 1', '请回复');
    await head.say('1213', '一句话');
    await head.say('奶奶住院了，爷爷一个人带两个孩子，小红有点想妈妈', '已记好');
    await head.shot('care-4-head-home-visit.png');
    console.log(JSON.stringify({ ok: true, files }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, reason: String(e && e.message || e), files }));
    process.exitCode = 1;
  } finally {
    for (const p of people) await p.close().catch(() => {});
    console.log(JSON.stringify({ transcripts }));
  }
}

main();
