// The peer for `recognizers`: what the JavaScript Bot Framework SDK's own prompts (botbuilder-dialogs 4.23.3, the
// /work/shared/peers/jsbot lockfile) take from the same spec cases, scored by the same rules as
// dialogs/Testing/RecognizerSpecRunner.cs. NumberPrompt and ConfirmPrompt take the first result; DateTimePrompt
// returns the first result's values and a bot takes the first of them.
//   node bench/Recognizers/botbuilder-prompts-peer.js --modules <jsbot node_modules> --specs tests/RecognizerSpecs
const path = require('path');
const fs = require('fs');
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const modules = path.resolve(arg('--modules', '/work/shared/peers/jsbot/node_modules'));
const specs = path.resolve(arg('--specs', 'tests/RecognizerSpecs'));
const dialogs = path.join(modules, 'botbuilder-dialogs', 'node_modules');
const need = (name) => require(fs.existsSync(path.join(dialogs, name)) ? path.join(dialogs, name) : path.join(modules, name));
const number = need('@microsoft/recognizers-text-number');
const choice = need('@microsoft/recognizers-text-choice');
const dateTime = need('@microsoft/recognizers-text-date-time');

const specsList = [
  ['zh numbers', 'Number/Chinese/NumberModel.json', 'number', 'zh-cn'],
  ['zh date-time', 'DateTime/Chinese/DateTimeModel.json', 'datetime', 'zh-cn'],
  ['zh yes/no', 'Choice/Chinese/BooleanModel.json', 'boolean', 'zh-cn'],
  ['en numbers', 'Number/English/NumberModel.json', 'number', 'en-us'],
  ['en date-time', 'DateTime/English/DateTimeModel.json', 'datetime', 'en-us'],
  ['en yes/no', 'Choice/English/BooleanModel.json', 'boolean', 'en-us'],
];

function prompt(kind, input, culture, reference) {
  if (kind === 'number') { const [{ resolution = null } = {}] = number.recognizeNumber(input, culture) || []; return resolution ? Number(resolution.value) : null; }
  if (kind === 'boolean') { const r = choice.recognizeBoolean(input, culture); return r.length > 0 && r[0].resolution ? r[0].resolution.value : null; }
  const r = dateTime.recognizeDateTime(input, culture, undefined, reference);
  return r.length > 0 && r[0].resolution && r[0].resolution.values.length > 0 ? r[0].resolution.values[0] : null;
}

function matches(kind, ours, expected) {
  const res = expected.Resolution || {};
  if (kind === 'number') return Number(res.value) === ours;
  if (kind === 'boolean') return res.value === ours;
  return (res.values || []).some((e) => e.type === ours.type && ['value', 'start', 'end'].every((k) => e[k] === ours[k])
    && (e.type !== 'set' || e.timex === ours.timex));
}

let ok = true;
console.log('spec            scored passed  rate   wrong');
for (const [name, file, kind, culture] of specsList) {
  const cases = JSON.parse(fs.readFileSync(path.join(specs, file), 'utf8').replace(/^\uFEFF/, ''));
  let scored = 0, passed = 0, wrong = 0;
  for (const c of cases) {
    const skip = [c.NotSupported, c.NotSupportedByDesign].some((s) => (s || '').toLowerCase().includes('dotnet'));
    const ref = c.Context && c.Context.ReferenceDateTime;
    if (skip || (kind === 'datetime' && !ref)) continue;
    let results = c.Results || [];
    if (kind === 'number' && results.length > 1 && new Set(results.map((r) => (r.Resolution || {}).value)).size === 1) results = [results[0]];
    let ours = null;
    try { ours = prompt(kind, c.Input, culture, ref ? new Date(ref + 'Z') : undefined); } catch { ours = null; }
    if (kind === 'number' && Number.isNaN(ours)) ours = null;
    scored++;
    if (results.length === 1) {
      if (ours !== null && matches(kind, ours, results[0])) passed++; else if (ours !== null) wrong++;
    } else if (ours === null) passed++; else wrong++;
  }
  console.log(`${name.padEnd(15)} ${String(scored).padStart(6)} ${String(passed).padStart(6)} ${(100 * passed / scored).toFixed(1).padStart(5)} % ${String(wrong).padStart(6)}`);
}
