// Similar-case search (类案检索): the server ranks one query's hit set, refines it by the facets chosen,
// sorts and pages it; the page shows one page and the facet counts of the refined set.
import { $, el, api, busy, caseLink, demoBadge, go, route, store } from './core.js';
import { metaLine } from './cards.js';

const PAGE = 10;
let shown = 0;
let last = null;

/** The facets the server counts over the hit set: address key, server key, heading. */
export const FACETS = [
  ['charge', 'charges', '罪名'],
  ['region', 'region', '地区'],
  ['year', 'year', '年份'],
  ['level', 'level', '法院层级'],
  ['procedure', 'procedure', '审理程序'],
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
    go(hashFor(q, { sort: $('s-sort').value }));
  };
  $('s-run').addEventListener('click', run);
  $('s-query').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
  $('s-sort').addEventListener('change', () => { const r = route(); if (r.params.get('q')) { r.params.set('sort', $('s-sort').value); r.params.delete('page'); go('#/search?' + r.params); } });
  $('s-report').addEventListener('click', () => go('#/report'));
}

function clear() { ['s-results', 's-facets', 's-pages'].forEach((id) => $(id).replaceChildren()); $('s-summary').textContent = ''; }

/** Shows the search view for the address's parameters: the server ranks, refines, sorts and pages the hit set. */
export async function show(params) {
  const q = params.get('q') || '';
  $('s-query').value = q;
  const sort = params.get('sort') || 'relevance';
  $('s-sort').value = sort;
  if (!q) { clear(); return; }
  const token = ++shown;
  const hash = location.hash;
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const refine = Object.fromEntries(FACETS.map(([k, server]) => [server, params.getAll(k)]));
  const r = await busy([$('s-run')], $('s-results'), $('s-error'), () => api('POST', '/api/v1/cases/search',
    { query: q, limit: PAGE, offset: (page - 1) * PAGE, sort, refine }));
  if (token !== shown) return;
  if (!r) { clear(); return; }
  const pages = Math.max(1, Math.ceil(r.matched / PAGE));
  if (page > pages) { const p = new URLSearchParams(params); p.set('page', String(pages)); go('#/search?' + p); return; }
  last = r;
  const prev = store.get('lastSearch', null);
  store.set('lastSearch', { query: q, at: prev && prev.query === q ? prev.at : new Date().toISOString(), total: r.total, fetched: r.ranked, sort });
  render(params, r, page, pages);
  // the address this page of results answers (so a script or a test can tell a stale page)
  $('s-results').dataset.hash = hash;
}

function render(params, r, page, pages) {
  const chosen = Object.fromEntries(FACETS.map(([k]) => [k, params.getAll(k)]));
  const filtered = Object.values(chosen).some((v) => v.length);
  $('s-summary').textContent = '共找到 ' + r.total + ' 件' + (r.total > r.ranked ? '，以下为相关度最高的 ' + r.ranked + ' 件' : '')
    + (filtered ? '；筛选后 ' + r.matched + ' 件' : '') + '；第 ' + page + '/' + pages + ' 页';
  const selected = store.get('selected', []);
  $('s-results').replaceChildren(...r.hits.map((h) => hitItem(h, selected)));
  // the server counts the facets over the refined hit set, so no count exceeds what can be listed
  $('s-facets').replaceChildren(...FACETS.map(([k, server, name]) => {
    // JSON objects carry no order: most frequent first, then by name
    const entries = Object.entries((r.facets || {})[server] || {}).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'zh-CN')).slice(0, 12);
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
  hl.className = 'highlight source-text';
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

export function currentResult() { return last; }
