// Similar-case search (类案检索): one query's hit set, paged, sorted and filtered by facets over that set.
import { $, el, api, busy, caseLink, demoBadge, go, route, store } from './core.js';
import { metaLine } from './cards.js';

const PAGE = 10;
const FETCH = 100;
let cache = { q: null, result: null };
let shown = 0;

/** Court level from the court's name. */
export function courtLevel(court) {
  if (!court) return '未载明';
  if (court.includes('最高人民法院')) return '最高人民法院';
  if (court.includes('高级人民法院')) return '高级人民法院';
  if (court.includes('中级人民法院')) return '中级人民法院';
  return '基层人民法院';
}

export const FACETS = [
  ['charge', '罪名', (h) => h.charges || []],
  ['region', '地区', (h) => [h.region || '未载明']],
  ['year', '年份', (h) => [h.year ? String(h.year) : '未载明']],
  ['level', '法院层级', (h) => [courtLevel(h.court)]],
  ['procedure', '审理程序', (h) => [h.procedure || '未载明']],
];

function hashFor(q, params) {
  const p = new URLSearchParams(params);
  p.set('q', q);
  return '#/search?' + p.toString();
}

export function init() {
  const run = () => {
    const q = $('s-query').value.trim();
    if (!q) { $('s-error').textContent = '请输入案情描述或关键词。'; $('s-error').hidden = false; return; }
    cache = { q: null, result: null };
    go(hashFor(q, { sort: $('s-sort').value }));
  };
  $('s-run').addEventListener('click', run);
  $('s-query').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
  $('s-sort').addEventListener('change', () => { const r = route(); if (r.params.get('q')) { r.params.set('sort', $('s-sort').value); r.params.delete('page'); go('#/search?' + r.params); } });
  $('s-report').addEventListener('click', () => go('#/report'));
}

/** Shows the search view for the address's parameters; fetches only when the query changed. */
export async function show(params) {
  const q = params.get('q') || '';
  $('s-query').value = q;
  $('s-sort').value = params.get('sort') || 'relevance';
  if (!q) { $('s-summary').textContent = ''; $('s-results').replaceChildren(); $('s-facets').replaceChildren(); $('s-pages').replaceChildren(); return; }
  const token = ++shown;
  if (cache.q !== q) {
    cache = { q: null, result: null };
    const r = await busy([$('s-run')], $('s-results'), $('s-error'), () => api('POST', '/api/v1/cases/search', { query: q, limit: FETCH }));
    if (token !== shown) return;
    if (!r) { $('s-results').replaceChildren(); $('s-summary').textContent = ''; $('s-facets').replaceChildren(); $('s-pages').replaceChildren(); return; }
    cache = { q, result: r };
    store.set('lastSearch', { query: q, at: new Date().toISOString(), total: r.total, fetched: r.hits.length });
  }
  render(q, params);
}

function render(q, params) {
  const r = cache.result;
  const chosen = Object.fromEntries(FACETS.map(([k]) => [k, params.getAll(k)]));
  const hits = r.hits.filter((h) => FACETS.every(([k, , f]) => !chosen[k].length || f(h).some((v) => chosen[k].includes(v))));
  const sort = params.get('sort') || 'relevance';
  const sorted = hits.slice();
  if (sort === 'date') sorted.sort((a, b) => String(b.date || b.year || '').localeCompare(String(a.date || a.year || '')));
  if (sort === 'level') { const order = ['最高人民法院', '高级人民法院', '中级人民法院', '基层人民法院', '未载明']; sorted.sort((a, b) => order.indexOf(courtLevel(a.court)) - order.indexOf(courtLevel(b.court))); }
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE));
  const page = Math.min(pages, Math.max(1, parseInt(params.get('page') || '1', 10) || 1));
  const filtered = Object.values(chosen).some((v) => v.length);
  $('s-summary').textContent = '共找到 ' + r.total + ' 件' + (r.total > r.hits.length ? '，以下为相关度最高的 ' + r.hits.length + ' 件' : '')
    + (filtered ? '；筛选后 ' + hits.length + ' 件' : '') + '；第 ' + page + '/' + pages + ' 页';
  const selected = store.get('selected', []);
  $('s-results').replaceChildren(...sorted.slice((page - 1) * PAGE, page * PAGE).map((h) => hitItem(h, selected)));
  // facets count the filtered hit set, so no count exceeds what is listed
  $('s-facets').replaceChildren(...FACETS.map(([k, name, f]) => {
    const counts = {};
    hits.forEach((h) => new Set(f(h)).forEach((v) => { counts[v] = (counts[v] || 0) + 1; }));
    chosen[k].forEach((v) => { counts[v] = counts[v] || 0; });
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 12);
    return el('fieldset', { class: 'facet-group', 'data-facet': k }, el('legend', {}, name),
      entries.map(([v, n]) => {
        const box = el('input', { type: 'checkbox', 'data-facet': k, value: v, id: 'f-' + k + '-' + v, checked: chosen[k].includes(v) });
        box.addEventListener('change', () => {
          const p = new URLSearchParams(params);
          const cur = p.getAll(k).filter((x) => x !== v);
          p.delete(k);
          (box.checked ? cur.concat([v]) : cur).forEach((x) => p.append(k, x));
          p.delete('page');
          go('#/search?' + p.toString());
        });
        return el('label', { class: 'facet', for: 'f-' + k + '-' + v }, box, ' ' + v + ' ', el('span', { class: 'count' }, '(' + n + ')'));
      }));
  }));
  const nav = $('s-pages');
  nav.replaceChildren();
  const link = (p, text) => {
    const x = new URLSearchParams(params); x.set('page', String(p));
    return el('a', { href: '#/search?' + x.toString(), class: p === page ? 'current' : '', 'aria-current': p === page ? 'page' : null }, text || String(p));
  };
  if (pages > 1) {
    if (page > 1) nav.append(link(page - 1, '上一页'));
    for (let p = 1; p <= pages; p++) nav.append(link(p));
    if (page < pages) nav.append(link(page + 1, '下一页'));
  }
}

function hitItem(h, selected) {
  const box = el('input', { type: 'checkbox', class: 'select', id: 'sel-' + h.id, checked: selected.some((s) => s.id === h.id) });
  box.addEventListener('change', () => {
    let list = store.get('selected', []).filter((s) => s.id !== h.id);
    if (box.checked) list.push({ id: h.id, title: h.title, court: h.court, date: h.date, year: h.year, caseNumber: h.caseNumber, charges: h.charges, sentences: h.sentences, source: h.source, note: '' });
    store.set('selected', list);
    $('s-selected').textContent = '已选 ' + list.length + ' 件纳入报告';
  });
  const hl = document.createElement('div');
  hl.className = 'highlight';
  // single-character matches (在、内、后、某) say nothing: only marks of two or more characters stay
  hl.innerHTML = String(h.highlight || '').replace(/<(?!\/?mark>)/g, '&lt;').replace(/<mark>([^<]?)<\/mark>/g, '$1');
  return el('li', { class: 'card result', 'data-id': h.id },
    el('div', { class: 'card-title' }, demoBadge(h), caseLink(h.id, h.title)),
    el('div', { class: 'meta' }, metaLine(h) || '法院、日期未载明'),
    el('div', {}, (h.charges || []).map((c) => el('span', { class: 'badge' }, c)),
      el('span', { class: 'sentence' }, '判处：' + ((h.sentences || []).join('；') || '未载明'))),
    hl,
    el('label', { class: 'select-label', for: 'sel-' + h.id }, box, ' 纳入类案检索报告'));
}

export function currentResult() { return cache.result; }
