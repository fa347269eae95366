// The staff console (issue 19) in Debian's headless Chromium at phone size (390×844), with the father on the official
// Direct Line client: the school admin issues a class's invites and downloads the slips; the paired teacher sees only
// her children and hands the father's question to the head teacher; the head teacher answers from the inbox and the
// father's chat receives the answer through the real outbox.
// usage: node staff-console.js <baseUrl> [screenshotDir]   — prints one JSON line {ok, step, reason, transcript}.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { open } = require('./family-chat');

const [baseUrl, shots] = process.argv.slice(2);
const base = baseUrl.replace(/\/$/, '');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const password = 'Liangdishu2026';
const transcript = [];
let step = 'start';
let context;
const deadline = setTimeout(() => finish(false, 'timeout'), 130000);

async function finish(ok, reason) {
  clearTimeout(deadline);
  try { if (context) await context.close(); } catch { /* closing a dead browser */ }
  console.log(JSON.stringify({ ok, step, reason, transcript }));
  process.exit(ok ? 0 : 1);
}

async function shot(page, name) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: false });
}

async function signIn(page, login) {
  await page.goto(base + '/console/signin', { waitUntil: 'load' });
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL(base + '/console'), page.click('button[type=submit]')]);
  transcript.push('console: ' + login + ' signed in');
}

async function signOut(page) {
  // On a phone the pages and the sign-out fold into the menu button.
  if (await page.isVisible('label.menu-button')) await page.click('label.menu-button');
  await Promise.all([page.waitForURL(/\/console\/signin/), page.click('form.signout button')]);
}

async function text(page) { return page.locator('main').innerText(); }

async function main() {
  step = 'father binds on Direct Line';
  const dad = await open(base + '/v3/directline', 'e2e-console-dad', transcript);
  await dad.say('BABA23');
  await dad.expect('绑定成功');

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });

  step = 'sign-in page';
  await page.goto(base + '/console/signin', { waitUntil: 'load' });
  await shot(page, 'console-phone-1-signin');

  step = 'school admin previews a roster with a bad row and an unknown column';
  await signIn(page, 'xiaozhang');
  await shot(page, 'console-phone-2-home');
  const head = '学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人,监护人关系,监护人电话,父亲姓名,父亲电话,母亲姓名,母亲电话,班主任';
  const good = '阳光县希望小学,三年级(1)班,2023007,陈小雨,女,2017-08-08,双亲外出,陈桂芳,姑姑,13907310077,陈军,13800000077,吴霞,13800000078,李红梅';
  const bad = '阳光县希望小学,三年级(1)班,2023008,陈小风,男,2017-09-09,外出,陈桂芳,姑姑,13907310077,陈军,13800000077,吴霞,13800000078,李红梅';
  await page.goto(base + '/console/roster', { waitUntil: 'load' });
  await page.setInputFiles('input[type=file]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from([head + ',备注', good + ',', bad + ','].join('\r\n') + '\r\n') });
  await Promise.all([page.waitForLoadState('load'), page.click('#preview')]);
  await page.waitForSelector('#roster-result');
  const problems = await page.locator('table.problems').innerText();
  if (!problems.includes('备注') || !/3\s+留守类型/.test(problems)) throw new Error('preview does not name the column and the bad row: ' + problems);
  transcript.push('console: roster preview ' + problems.split('\n').length + ' lines of problems');
  await shot(page, 'console-phone-6-roster-problems');

  step = 'school admin imports the corrected roster';
  await page.setInputFiles('input[type=file]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from([head, good].join('\r\n') + '\r\n') });
  await Promise.all([page.waitForLoadState('load'), page.click('#preview')]);
  await page.waitForSelector('#import');
  await Promise.all([page.waitForLoadState('load'), page.click('#import')]);
  const imported = await page.locator('#imported').innerText();
  if (!imported.includes('新增 1 名')) throw new Error('not imported: ' + imported);
  transcript.push('console: ' + imported);

  step = 'school admin issues the class invites';
  await page.goto(base + '/console/invites', { waitUntil: 'load' });
  const classValue = await page.$eval('select[name=classId]', s => [...s.options].find(o => o.text.startsWith('三年级(1)班')).value);
  await page.selectOption('select[name=classId]', classValue);
  await Promise.all([page.waitForURL(/classId=/), page.click('form.filter button')]);
  await Promise.all([page.waitForURL(/done=issued/), page.click('#issue-class')]);
  const invites = await text(page);
  if (!/已生成 \d+ 个邀请码/.test(invites)) throw new Error('no issued notice: ' + invites.slice(0, 300));
  transcript.push('console: ' + invites.match(/已生成 \d+ 个邀请码/)[0]);
  await shot(page, 'console-phone-3-invites');

  step = 'school admin downloads the slips';
  const href = await page.getAttribute('#slips', 'href');
  const pdf = await page.request.get(base + href);
  const body = await pdf.body();
  if (pdf.headers()['content-type'] !== 'application/pdf' || body.slice(0, 4).toString() !== '%PDF') throw new Error('slips are not a PDF: ' + pdf.headers()['content-type']);
  transcript.push('console: slips ' + body.length + ' bytes');

  step = 'school admin sees the father bound';
  await page.goto(base + '/console/families', { waitUntil: 'load' });
  const father = await page.locator('section.family[data-child="2023001"] li', { hasText: '王建军' }).innerText();
  if (!father.includes('已绑定 网页聊天')) throw new Error('father not shown as bound: ' + father);
  await shot(page, 'console-phone-4-families');
  await signOut(page);

  step = 'paired teacher sees only her children and hands the question over';
  await signIn(page, 'wangfang');
  await page.goto(base + '/console/families', { waitUntil: 'load' });
  const children = await page.locator('section.family').evaluateAll(s => s.map(x => x.getAttribute('data-child')).sort().join(','));
  if (children !== '2023001,2023002,2023005') throw new Error('paired teacher sees ' + children);
  await page.goto(base + '/console/inbox', { waitUntil: 'load' });
  await shot(page, 'console-phone-5-inbox');
  await Promise.all([page.waitForURL(/done=handed/), page.click('section.question button:has-text("转给班主任")')]);
  await signOut(page);

  step = 'head teacher answers from the inbox';
  await signIn(page, 'lihongmei');
  await page.goto(base + '/console/inbox', { waitUntil: 'load' });
  const question = page.locator('section.question', { hasText: '作业要写到几点' });
  await question.locator('textarea').fill('小明一般九点前能写完，我会提醒他先写数学。');
  await Promise.all([page.waitForURL(/done=answered/), question.locator('button:has-text("发送给家长")').click()]);
  transcript.push('console: ' + (await text(page)).split('\n')[1]);

  step = 'the father receives the answer in his chat';
  await dad.expect('李红梅', '九点前能写完');

  if (shots) {
    step = 'desktop screenshots';
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(base + '/console/families', { waitUntil: 'load' });
    await shot(page, 'console-desktop-families');
    await page.goto(base + '/console/inbox', { waitUntil: 'load' });
    await shot(page, 'console-desktop-inbox');
  }
  if (errors.length) throw new Error('page errors: ' + errors.join(' | '));
  await context.close();
  context = null;
  // The Direct Line client throws "conversation ended" asynchronously once ended: exit in the same tick.
  dad.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
