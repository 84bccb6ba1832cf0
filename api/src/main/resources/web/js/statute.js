// The statute panel (法条查询): an article by number, its interpretations and amendment history.
import { $, el, api, busy, go } from './core.js';

const DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to the thousands: 二百六十四 → 264, 十 → 10. */
export function chineseNumber(s) {
  if (/^\d+$/.test(s)) return parseInt(s, 10);
  let total = 0, digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (ch === '百') { total += digit * 100; digit = 0; }
    else if (ch === '千') { total += digit * 1000; digit = 0; }
    else return NaN;
  }
  return total + digit;
}

/** 刑法第264条, 264, 第二百六十四条, 第133条之一, 133-1 → 刑法:264 / 刑法:133-1 (null when not an article number). */
export function articleId(text) {
  const t = String(text).replace(/\s+/g, '').replace(/^(中华人民共和国)?刑法/, '').replace(/《|》/g, '');
  let m = /^(\d{1,4})(?:-(\d{1,2}))?$/.exec(t);
  if (m) return '刑法:' + m[1] + (m[2] ? '-' + m[2] : '');
  m = /^第?([0-9零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?/.exec(t);
  if (!m) return null;
  const n = chineseNumber(m[1]);
  if (!Number.isFinite(n) || n < 1) return null;
  return '刑法:' + n + (m[2] ? '-' + chineseNumber(m[2]) : '');
}

function chineseOf(n) {
  const d = '零一二三四五六七八九';
  const h = Math.floor(n / 100), t = Math.floor(n / 10) % 10, u = n % 10;
  let s = '';
  if (h) s += d[h] + '百';
  if (t) s += (t === 1 && !h ? '' : d[t]) + '十'; else if (h && u) s += '零';
  if (u) s += d[u];
  return s;
}

export function init() {
  const run = () => {
    const v = $('t-query').value.trim();
    if (!v) { $('t-error').textContent = '请输入条文序号，如：刑法第264条、264、第二百六十四条。'; $('t-error').hidden = false; return; }
    go('#/statute/' + encodeURIComponent(v));
  };
  $('t-run').addEventListener('click', run);
  $('t-query').addEventListener('keydown', (e) => { if (e.key === 'Enter') run(); });
}

export async function show(arg) {
  $('t-query').value = arg || '';
  const box = $('t-body');
  if (!arg) { box.replaceChildren(el('p', { class: 'meta' }, '输入条文序号查看条文、相关司法解释和修正沿革；判决与分析中引用的每一条法条均可点击进入此处。')); return; }
  const id = articleId(arg);
  if (!id) {
    // not an article number: search the statutes' text
    const r = await busy([$('t-run')], box, $('t-error'), () => api('POST', '/api/v1/statutes/search', { query: arg, limit: 10 }));
    if (r) box.replaceChildren(el('h3', {}, '条文检索：' + arg), hitList(r.hits, '未找到相关条文'));
    return;
  }
  const [num, suffix] = id.slice(3).split('-').map(Number);
  const cn = '第' + chineseOf(num) + '条' + (suffix ? '之' + chineseOf(suffix) : '');
  const r = await busy([$('t-run')], box, $('t-error'), () => Promise.all([
    api('GET', '/api/v1/statutes/' + encodeURIComponent(id)),
    api('POST', '/api/v1/statutes/search', { query: '刑法' + cn, limit: 20 }).catch(() => ({ hits: [] })),
  ]));
  if (!r) return;
  const [a, related] = r;
  const interp = related.hits.filter((h) => !String(h.id).startsWith('刑法:'));
  box.replaceChildren(
    el('h3', { id: 't-label' }, a.label + '（' + cn + '）'),
    el('p', { class: 'meta' }, [a.part, a.chapter, a.section].filter(Boolean).join(' · ')),
    el('div', { class: 'statute-text' }, (a.clauses && a.clauses.length
      ? a.clauses.flatMap((c) => [c.text, ...(c.items || [])]) : [a.text]).filter(Boolean).map((p) => el('p', {}, p))),
    el('h4', {}, '修正沿革'),
    el('p', { id: 't-amended' }, a.amendedBy ? '经' + a.amendedBy + '修正' + (a.date ? '（' + a.date + '）' : '') + '；适用时应注意行为时法与裁判时法（从旧兼从轻）。' : '本服务的条文数据未载明修正记录。'),
    el('h4', {}, '相关司法解释'),
    hitList(interp, '当前服务收录的文本中未检索到引用' + cn + '的司法解释。'));
}

function hitList(hits, empty) {
  if (!hits.length) return el('p', { class: 'meta' }, empty);
  return el('ol', { class: 'cards' }, hits.map((h) => {
    const hl = document.createElement('div');
    hl.className = 'highlight';
    hl.innerHTML = String(h.highlight || '').replace(/<(?!\/?mark>)/g, '&lt;');
    return el('li', { class: 'card' }, el('div', { class: 'card-title' },
      String(h.id).startsWith('刑法:') ? el('a', { href: '#/statute/' + encodeURIComponent(h.id.slice(3)) }, h.label) : h.label),
      h.chapter ? el('div', { class: 'meta' }, h.chapter) : null, hl);
  }));
}
