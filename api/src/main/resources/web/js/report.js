// The 类案检索报告 (per the SPC 2020 guiding opinion on similar-case retrieval): who, when, scope,
// terms, the selected cases with their key points and why each is or is not similar, model versions.
import { $, el, api, apiFile, busy, store, caseLink, demoBadge } from './core.js';
import { metaLine } from './cards.js';

export function init() {
  $('r-print').addEventListener('click', () => window.print());
  $('r-download').addEventListener('click', download);
  $('r-who').addEventListener('input', () => {
    store.set('reportWho', $('r-who').value);
    const p = $('r-who-print');
    if (p) p.textContent = $('r-who').value || '（未填写）';
  });
}

export async function show() {
  $('r-who').value = store.get('reportWho', '');
  const last = store.get('lastSearch', null);
  const selected = store.get('selected', []);
  const doc = $('r-doc');
  const info = await busy([$('r-print'), $('r-download')], doc, $('r-error'), () => Promise.all([
    api('GET', '/ready').catch(() => ({})), api('GET', '/api/v1/models').catch(() => ({ models: [] }))]));
  if (!info) return;
  const [ready, models] = info;
  // model names and versions are identifiers: shown as code
  const version = (label, v) => [label + '：', el('code', { class: 'version' }, v)];
  const versions = [ready.modelVersion ? version('罪名与刑期模型', ready.modelVersion) : null,
    ready.embedder ? version('语义向量模型', ready.embedder) : ['检索方式：关键词检索（未加载语义模型）']]
    .concat((models.models || []).filter((m) => m.active).map((m) => version('已激活模型', m.id || m.version))).filter(Boolean);
  const when = last ? new Date(last.at) : null;
  doc.replaceChildren(
    el('h2', { class: 'doc-title' }, '类案检索报告'),
    el('table', { class: 'grid report-head' }, el('tbody', {},
      row('检索人', el('span', { id: 'r-who-print' }, $('r-who').value || '（未填写）')),
      row('检索时间', when ? when.toLocaleString('zh-CN', { hour12: false }) : '（尚未检索）'),
      row('检索平台与范围', '獬豸法律知识与模型中心案例库，共 ' + (ready.cases ?? '—') + ' 件裁判文书（含项目自编示例判决，已标注“示例”）；法条 ' + (ready.statutes ?? '—') + ' 条'),
      row('检索词与方法', last ? '“' + last.query + '”；关键词与案情描述检索，命中 ' + last.total + ' 件，审阅相关度最高的 ' + last.fetched + ' 件' : '—'),
      row('模型版本', versions.flatMap((v, i) => (i ? ['；'] : []).concat(v))))),
    el('h3', {}, '检索到的类案（' + selected.length + ' 件）'),
    selected.length ? el('ol', { class: 'report-cases' }, selected.map((c, i) => caseEntry(c, i))) : el('p', { class: 'meta' }, '尚未选择案例：请在“类案检索”结果中勾选“纳入类案检索报告”。'),
    el('h3', {}, '检索结论'),
    el('p', {}, '经检索，上述 ' + selected.length + ' 件案例与待决案件在基本案情和法律适用方面的异同如上所列，供合议庭或审判委员会参考。类案检索结果仅供参考，不作为裁判依据。'),
    el('p', { class: 'meta' }, '报告生成时间：' + new Date().toLocaleString('zh-CN', { hour12: false })));
}

function row(k, v) { return el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, v)); }

function caseEntry(c, i) {
  const sel = el('select', { id: 'r-sim-' + i, 'aria-label': '是否类似' }, ['类似', '部分类似', '不类似'].map((v) => el('option', { selected: c.verdict === v }, v)));
  const note = el('textarea', { id: 'r-note-' + i, rows: 2, 'aria-label': '类似或不类似的理由', placeholder: '写明与待决案件在基本案情、争议焦点、法律适用上的异同' }, c.note || '');
  const save = () => { const list = store.get('selected', []); if (list[i]) { list[i].note = note.value; list[i].verdict = sel.value; store.set('selected', list); } printed.textContent = sel.value + '：' + (note.value || '（未填写理由）'); };
  const printed = el('p', { class: 'print-only' }, (c.verdict || '类似') + '：' + (c.note || '（未填写理由）'));
  note.addEventListener('input', save);
  sel.addEventListener('change', save);
  return el('li', { class: 'report-case' },
    el('div', { class: 'card-title' }, demoBadge(c), caseLink(c.id, c.title)),
    el('div', { class: 'meta' }, metaLine(c)),
    el('div', {}, '裁判要点：罪名 ' + (c.charges || []).join('、') + '；判处 ' + ((c.sentences || []).join('；') || '未载明')),
    el('div', { class: 'no-print similarity' }, el('label', { for: 'r-sim-' + i }, '与待决案件'), sel, el('label', { for: 'r-note-' + i, class: 'sr-only' }, '理由'), note),
    printed);
}

/** The report as a Word document, written by the server from the index's own records of the chosen cases. */
async function download() {
  const last = store.get('lastSearch', null);
  const selected = store.get('selected', []);
  const err = $('r-error');
  const fail = (m) => { err.textContent = m; err.hidden = false; };
  if (!$('r-who').value.trim()) { fail('请先填写检索人。'); $('r-who').focus(); return; }
  if (!last) { fail('尚未检索：请先在“类案检索”中检索并勾选案例。'); return; }
  if (!selected.length) { fail('尚未选择案例：请在“类案检索”结果中勾选“纳入类案检索报告”。'); return; }
  const facts = (store.get('workbench', {}) || {}).facts;
  const body = {
    searcher: $('r-who').value.trim(), searchedAt: last.at, query: last.query,
    cases: selected.map((c) => Object.assign({ id: c.id, similarity: c.verdict || '类似' }, c.note ? { note: c.note } : {})),
  };
  if (facts && facts.trim()) body.pendingCase = facts.trim().slice(0, 8000);
  const file = await busy([$('r-print'), $('r-download')], null, err, () => apiFile('POST', '/api/v1/reports/similar-cases', body));
  if (!file) return;
  const a = el('a', { href: URL.createObjectURL(file.blob), download: file.name });
  document.body.append(a);
  a.click();
  a.remove();
  $('r-status').textContent = '已下载：' + file.name;
}
