// The supervisor view (制约监督): a batch of decided cases checked at once, ranked by deviation.
import { $, el, api, busy, caseLink, sentenceText, normCharge } from './core.js';
import { bars } from './charts.js';
import { reconcile } from './reconcile.js';
import { codeName } from './cards.js';

const MAX = 200;
let rows = [];

export function init() {
  $('v-file').addEventListener('change', async () => {
    const f = $('v-file').files[0];
    $('v-file-name').textContent = f ? f.name : '未选择文件';
    if (!f) return;
    const text = await f.text();
    await run(() => Promise.resolve(parseLines(text)));
  });
  $('v-slice').addEventListener('click', () => run(slice));
  $('v-csv').addEventListener('click', csv);
}

/** JSON Lines: the CLI advise input ({id, fact, charges, sentence}) or case records ({id, facts, defendants}). */
export function parseLines(text) {
  const items = [];
  String(text).split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    let o;
    try { o = JSON.parse(line); } catch { throw new Error('第 ' + (n + 1) + ' 行不是有效的 JSON。'); }
    const d = (o.defendants || [])[0] || {};
    const facts = o.fact || o.facts;
    const charges = (o.charges && o.charges.length ? o.charges : d.charges || []).map(normCharge);
    if (!facts || !charges.length) throw new Error('第 ' + (n + 1) + ' 行缺少案情事实（fact）或罪名（charges）。');
    items.push({ id: o.id || 'line-' + (n + 1), facts: facts.slice(0, 8000), charges, sentence: o.sentence || d.sentence || null,
      court: o.court || null, region: o.region || null, title: o.title || o.id || '第 ' + (n + 1) + ' 行' });
  });
  if (!items.length) throw new Error('文件中没有案件。');
  if (items.length > MAX) throw new Error('一次最多核查 ' + MAX + ' 件（文件有 ' + items.length + ' 件），请分批上传。');
  return items;
}

/** A slice of the index: cases matching a query (and optional charge, court, year range), with their decided sentences. */
async function slice() {
  const q = $('v-query').value.trim();
  if (!q) throw new Error('请输入检索词以选取案件范围。');
  const filters = {};
  if ($('v-charge').value.trim()) filters.charges = [normCharge($('v-charge').value.trim())];
  if ($('v-court').value.trim()) filters.court = $('v-court').value.trim();
  if ($('v-year').value) { filters.yearFrom = Number($('v-year').value); filters.yearTo = Number($('v-year').value); }
  const r = await api('POST', '/api/v1/cases/search', Object.assign({ query: q, limit: Number($('v-limit').value) || 30 }, Object.keys(filters).length ? { filters } : {}));
  const cases = await pool(r.hits, 4, (h) => api('GET', '/api/v1/cases/' + encodeURIComponent(h.id)));
  return cases.filter((c) => c.facts && (c.defendants || [])[0]).map((c) => {
    const d = c.defendants[0];
    return { id: c.id, facts: c.facts.slice(0, 8000), charges: (d.charges && d.charges.length ? d.charges : c.charges), sentence: d.sentence || null,
      court: c.court, region: c.region, title: c.title, inIndex: true };
  });
}

async function pool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) { const i = next++; out[i] = await fn(items[i], i); }
  }));
  return out;
}

const WEIGHT = { error: 10, warning: 3, info: 0 };

async function run(source) {
  const buttons = [$('v-slice'), $('v-csv')];
  rows = [];
  $('v-progress').textContent = '正在选取案件…';
  await busy(buttons, $('v-table'), $('v-error'), async () => {
    const items = await source();
    $('v-progress').textContent = '正在核查 ' + items.length + ' 件…';
    let done = 0;
    rows = await pool(items, 4, async (it) => {
      const body = { id: it.id, facts: it.facts, charges: it.charges };
      if (it.sentence) body.sentence = it.sentence;
      let a;
      try { a = await api('POST', '/api/v1/advise', body); } catch (e) { a = { error: e.message, hints: [] }; }
      done++;
      $('v-progress').textContent = '已核查 ' + done + '/' + items.length + ' 件';
      return score(it, a);
    });
    rows.sort((x, y) => y.score - x.score);
    render();
  });
}

/** A row: the hints, the recommendation and how far the decided term is from it. */
function score(it, a) {
  const hints = (a.hints || []).filter((h) => h.severity !== 'info');
  const ref = (a.sentencing || [])[0];
  const rec = ref ? reconcile(ref) : null;
  const m = it.sentence && it.sentence.months;
  let gap = 0;
  if (rec && m) gap = m < rec.minMonths ? (rec.minMonths - m) / Math.max(rec.minMonths, 1) : m > rec.maxMonths ? (m - rec.maxMonths) / Math.max(rec.maxMonths, 1) : 0;
  const s = hints.reduce((t, h) => t + (WEIGHT[h.severity] || 0), 0) + Math.round(gap * 10);
  return Object.assign({}, it, { hints, rec, gap, score: s, error: a.error || null });
}

function counts(f) {
  const c = {};
  rows.forEach((r) => f(r).forEach((v) => { c[v] = (c[v] || 0) + 1; }));
  return Object.entries(c).sort((a, b) => b[1] - a[1]);
}

function render() {
  const flagged = rows.filter((r) => r.score > 0);
  $('v-progress').textContent = '共核查 ' + rows.length + ' 件，其中 ' + flagged.length + ' 件存在偏离或提示，'
    + rows.filter((r) => r.hints.some((h) => h.severity === 'error')).length + ' 件为错误级提示。';
  $('v-charts').replaceChildren(
    chart('按提示类型', counts((r) => [...new Set(r.hints.map((h) => codeName(h.code)))])),
    chart('按法院（存在提示的案件）', counts((r) => (r.score > 0 ? [r.court || '未载明'] : []))),
    chart('按地区（存在提示的案件）', counts((r) => (r.score > 0 ? [r.region || '未载明'] : []))));
  $('v-table').replaceChildren(el('table', { class: 'grid deviations' },
    el('thead', {}, el('tr', {}, ['排序', '案件', '法院', '罪名', '判处', '综合建议', '提示'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((r, i) => el('tr', { class: r.hints.some((h) => h.severity === 'error') ? 'row-error' : r.score > 0 ? 'row-warning' : '' },
      el('td', {}, String(i + 1)),
      el('td', {}, r.inIndex ? caseLink(r.id, r.title) : r.title),
      el('td', {}, r.court || '—'), el('td', {}, r.charges.join('、')),
      el('td', {}, sentenceText(r.sentence)), el('td', {}, r.rec ? r.rec.text : '—'),
      el('td', {}, r.error ? el('span', { class: 'error-text' }, r.error) : r.hints.length
        ? el('ul', { class: 'hint-codes' }, r.hints.map((h) => el('li', { class: 'sev-' + h.severity, title: h.code }, h.message))) : '无'))))));
}

function chart(title, pairs) {
  return el('figure', { class: 'chart' }, el('figcaption', {}, title), pairs.length ? bars(pairs, title) : el('p', { class: 'meta' }, '无'));
}

function csv() {
  if (!rows.length) { $('v-error').textContent = '尚无核查结果可导出。'; $('v-error').hidden = false; return; }
  const q = (s) => '"' + String(s ?? '').replace(/"/g, '""') + '"';
  const lines = [['排序', '编号', '案件', '法院', '地区', '罪名', '判处', '综合建议', '偏离分', '提示代码', '提示'].map(q).join(',')]
    .concat(rows.map((r, i) => [i + 1, r.id, r.title, r.court, r.region, r.charges.join('、'), sentenceText(r.sentence), r.rec ? r.rec.text : '',
      r.score, r.hints.map((h) => h.code).join(' '), r.hints.map((h) => h.message).join('；')].map(q).join(',')));
  const a = el('a', { href: URL.createObjectURL(new Blob(['\ufeff' + lines.join('\r\n')], { type: 'text/csv;charset=utf-8' })), download: '制约监督-偏离案件.csv' });
  document.body.append(a);
  a.click();
  a.remove();
}
