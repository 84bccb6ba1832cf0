// The case view (案例详情): the masked judgment by sections, its parties' sentences, back navigation.
import { $, el, api, busy, demoBadge, articleLink, linkArticles, sentenceText, go } from './core.js';
import { fill } from './workbench.js';

let current = null;

export function init() {
  $('c-back').addEventListener('click', () => { if (history.length > 1) history.back(); else go('#/search'); });
  $('c-check').addEventListener('click', () => {
    if (!current) return;
    const ds = (current.defendants || []).map((d) => ({ name: d.name, charges: d.charges && d.charges.length ? d.charges : current.charges, sentence: d.sentence || null }));
    go('#/workbench');
    const chars = Array.from(current.facts || '');
    const note = chars.length > 8000 ? '本案事实部分共 ' + chars.length + ' 字，超过分析上限 8000 字，已截取前 8000 字用于分析。' : '';
    fill(chars.slice(0, 8000).join(''), ds.length ? ds : [{ charges: current.charges }], true, note);
  });
}

function section(title, text, id) {
  if (!text) return null;
  return el('section', { class: 'judgment-part', id }, el('h3', {}, title),
    String(text).split(/\n+/).filter((p) => p.trim()).map((p) => el('p', { class: 'source-text' }, linkArticles(p))));
}

export async function show(id) {
  const box = $('c-body');
  $('c-check').disabled = true;
  current = null;
  const c = await busy([], box, $('c-error'), () => api('GET', '/api/v1/cases/' + encodeURIComponent(id)));
  if (!c) { $('c-title').textContent = '案例详情'; return; }
  current = c;
  $('c-check').disabled = !c.facts;
  $('c-title').replaceChildren(...[demoBadge(c), c.title || c.id].filter(Boolean));
  box.replaceChildren(
    el('dl', { class: 'case-meta' },
      [['法院', c.court], ['地区', c.region], ['案号', c.caseNumber], ['审理程序', c.procedure], ['裁判日期', c.date || (c.year ? c.year + '年' : null)],
        ['罪名', (c.charges || []).join('、')]].filter(([, v]) => v).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
      (c.articles || []).length ? [el('dt', {}, '引用法条'), el('dd', {}, c.articles.map((a) => [articleLink(a), ' ']))] : null),
    (c.defendants || []).length ? el('table', { class: 'grid defendants' },
      el('thead', {}, el('tr', {}, el('th', {}, '被告人'), el('th', {}, '罪名'), el('th', {}, '判处'))),
      el('tbody', {}, c.defendants.map((d) => el('tr', {}, el('td', {}, d.name || '—'), el('td', {}, (d.charges || []).join('、')),
        el('td', {}, d.sentence ? sentenceText(d.sentence) : '未载明'))))) : null,
    section('经审理查明', c.facts, 'c-facts'),
    section('本院认为', c.reasoning, 'c-reasoning'),
    section('判决结果', c.result, 'c-result'),
    c.fullText ? el('details', { class: 'full-text' }, el('summary', {}, '判决书全文'),
      String(c.fullText).split(/\n+/).map((p) => el('p', { class: 'source-text' }, p))) : null,
    el('p', { class: 'meta' }, '当事人姓名已按脱敏规则处理。'));
}
