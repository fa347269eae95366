// History that stays (issue 13): a mother binds and asks the teacher on the Web Chat page in headless Chromium at
// 390x844, then leaves the page; the teacher answers on her own phone (the official Direct Line client) while she is
// away; she opens the page again and finds her earlier messages, the bot's answers and the teacher's answer on screen,
// in the same conversation, and can go on writing. usage: node webchat-resume.js <baseUrl>
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { open } = require('./family-chat');

const [baseUrl] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INPUT = '[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input';

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
  const transcript = [];
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', e => errors.push(String(e)));
  const chat = () => page.locator('#webchat').innerText();
  // Waits until the chat shows every fragment (Web Chat re-renders on each activity; the deadline only ends a hung run).
  const shows = (...fragments) => page.waitForFunction(
    fs => { const el = document.querySelector('#webchat'); return !!el && fs.every(f => el.innerText.includes(f)); },
    fragments, { timeout: 60000 });
  const say = async (text, ...reply) => {
    const box = page.locator(INPUT).first();
    await box.fill(text);
    await box.press('Enter');
    transcript.push('mum -> ' + text);
    await shows(text, ...reply);
  };
  let teacher = null;
  const conversationId = () => page.evaluate(() => (JSON.parse(localStorage.getItem('leftbehind.conversation') || 'null') || {}).conversationId);
  try {
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await page.locator(INPUT).first().waitFor({ state: 'visible', timeout: 60000 });
    await page.waitForFunction(() => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > 0, null, { timeout: 60000 });
    await say('MAMA45', '绑定成功');
    await say('问老师', '问哪个孩子');
    await say('小明', '想问老师关于王小明');
    await say('他最近作业多吗？', '已经转给');
    const before = await conversationId();

    // Away: the page is closed; the teacher answers from her phone.
    await page.goto('about:blank');
    teacher = await open(baseUrl.replace(/\/+$/, '') + '/v3/directline', 'teacher-resume-e2e', transcript);
    await teacher.say('BFJS56');
    await teacher.expect('绑定成功');
    await teacher.say('家长的问题');
    // The demo school has an older question too: pick this one by its number in the list.
    const inbox = await teacher.expect('等您回答', '他最近作业多吗');
    const line = inbox.text.split('\n').find(l => l.includes('他最近作业多吗'));
    await teacher.say(line.match(/^(\d+)\./)[1]);
    await teacher.expect('王小明的家长问', '他最近作业多吗');
    await teacher.say('1');
    await teacher.expect('请写下您的回答');
    await teacher.say('作业不多，九点前能写完。');
    await teacher.expect('已回答');

    // Back: the same page, as after a reload or a phone restart.
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await page.locator(INPUT).first().waitFor({ state: 'visible', timeout: 60000 });
    await shows('绑定成功', '他最近作业多吗？', '已经转给', '作业不多，九点前能写完。');
    const after = await conversationId();
    // Writing on after the resume reaches the bot in the same conversation.
    await say('谢谢', '不客气');
    // The send is settled once Web Chat stops showing "正在发送": matched by its echo, or failed after sendTimeout.
    await page.waitForFunction(() => {
      const text = document.querySelector('#webchat').innerText;
      return !/正在发送|Sending/.test(text) && /刚刚|发送失败|Just now|Send failed|\d{1,2}:\d{2}/.test(text);
    }, null, { timeout: 60000 });
    const text = await chat();
    const failed = /Send failed|发送失败|無法傳送|无法发送/.test(text);
    const ok = !failed && !!before && before === after;
    console.log(JSON.stringify({ ok, failed, sameConversation: before === after, errors, transcript }));
    process.exitCode = ok ? 0 : 1;
  } catch (e) {
    const text = await page.locator('body').innerText().catch(() => '');
    throw new Error(String(e && e.message || e) + ' | page: ' + text.slice(-600).replace(/\s+/g, ' ') + ' | errors: ' + errors.join('; ') + ' | ' + transcript.join(' / '));
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    // Ended last, then the process exits: the client throws "conversation ended" at anything still subscribed.
    if (teacher) teacher.end();
  }
}

main().then(() => process.exit(process.exitCode || 0), e => { console.log(JSON.stringify({ ok: false, reason: String(e && e.message || e) })); process.exit(1); });
