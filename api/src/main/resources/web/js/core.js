// Shared helpers of the workbench: DOM building, the API client with Chinese errors, formatting, routing.

export const $ = (id) => document.getElementById(id);

/** Builds an element: attributes (class, on*, data-*, aria-*), then children (nodes or text). */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  });
  children.flat(Infinity).forEach((c) => {
    if (c === null || c === undefined || c === false) return;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return e;
}

export function key() { return sessionStorage.getItem('xiezhi.key') || ''; }

export function setKey(k) {
  sessionStorage.setItem('xiezhi.key', k);
  $('key-status').textContent = k ? '已设置' : '未设置';
}

const FIELD_NAMES = {
  facts: '案情事实', query: '检索词', charges: '罪名', charge: '罪名', articles: '法条', sentence: '刑罚',
  type: '刑种', months: '刑期', probationMonths: '缓刑考验期', fineYuan: '罚金', additional: '附加刑',
  limit: '数量', filters: '筛选条件', id: '编号', items: '批量条目', body: '请求内容', termMonths: '刑期',
  searcher: '检索人', searchedAt: '检索时间', cases: '所选案例', similarity: '是否类似', note: '理由', pendingCase: '待决案件',
  offset: '页码', sort: '排序', refine: '筛选条件', keyPoints: '裁判要点', conclusion: '检索结论',
};

/** The Chinese reading of a problem+json answer (the server's details are technical English). */
export function problemText(status, data) {
  if (status === 401) return 'API 密钥无效或未设置，请在页面右上方输入密钥。';
  if (status === 403) return '当前密钥的角色无权执行此操作。';
  if (status === 404) return '未找到所请求的内容。';
  if (status === 413) return '提交的内容过大。';
  if (status === 429) return '服务繁忙，请稍后重试。';
  const field = String(data.field || '').split('/').filter(Boolean).map((p) => FIELD_NAMES[p] || (/^\d+$/.test(p) ? '第' + (Number(p) + 1) + '项' : p)).join(' · ');
  const d = String(data.detail || '');
  let reason = '';
  let m;
  if ((m = /length must be (\d+)\.\.(\d+) characters, was (\d+)/.exec(d))) reason = '长度应为 ' + m[1] + '–' + m[2] + ' 字，当前 ' + m[3] + ' 字';
  else if (/is required/.test(d)) reason = '为必填项';
  else if (/must not be blank/.test(d)) reason = '不能为空';
  else if ((m = /must be (-?\d+)\.\.(\d+), was (-?\d+)/.exec(d))) reason = '应在 ' + m[1] + '–' + m[2] + ' 之间，当前为 ' + m[3];
  else if (/must be an integer/.test(d)) reason = '应为整数';
  else if (/positive number of months/.test(d)) reason = '该刑种需要填写刑期（月）';
  else if (/only .* take months/.test(d)) reason = '该刑种不填写刑期';
  else if (/must be one of/.test(d)) reason = '取值无效';
  else if (/unknown field/.test(d)) reason = '不是可接受的字段';
  else if (/at least one/.test(d)) reason = '至少需要一项';
  else if (status >= 500) reason = '服务暂时无法完成请求';
  else reason = '内容无效';
  const title = status >= 500 ? (data.title || '服务错误') : '请求有误';
  return title + '：' + (field ? field + ' ' : '') + reason + '。';
}

/** Calls the API; rejects with an Error whose message is Chinese. */
export async function api(method, path, body, signal) {
  let res;
  try {
    res = await fetch(path, {
      method,
      signal,
      headers: Object.assign({ Authorization: 'Bearer ' + key() }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new Error('无法连接服务，请检查网络后重试。');
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(problemText(res.status, data));
  return data;
}

/** Calls an API operation that answers with a file; resolves to its blob and file name, rejects with a Chinese message. */
export async function apiFile(method, path, body) {
  let res;
  try {
    res = await fetch(path, { method, headers: { Authorization: 'Bearer ' + key(), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  } catch (e) {
    throw new Error('无法连接服务，请检查网络后重试。');
  }
  if (!res.ok) throw new Error(problemText(res.status, await res.json().catch(() => ({}))));
  const disposition = res.headers.get('Content-Disposition') || '';
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  return { blob: await res.blob(), name: m ? decodeURIComponent(m[1]) : 'download' };
}

/** Runs {@code fn} with {@code buttons} disabled and {@code box} marked busy; shows its error in {@code errorBox}. */
export async function busy(buttons, box, errorBox, fn) {
  buttons.forEach((b) => { b.disabled = true; });
  if (box) { box.setAttribute('aria-busy', 'true'); box.classList.add('loading'); }
  if (errorBox) { errorBox.hidden = true; errorBox.textContent = ''; }
  try {
    return await fn();
  } catch (e) {
    if (e.name === 'AbortError') return undefined;
    if (errorBox) { errorBox.textContent = e.message; errorBox.hidden = false; }
    if (box) box.replaceChildren();
    return undefined;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
    if (box) { box.removeAttribute('aria-busy'); box.classList.remove('loading'); }
  }
}

export function months(m) {
  if (m === null || m === undefined || Number.isNaN(m)) return '—';
  m = Math.round(m);
  const y = Math.floor(m / 12), r = m % 12;
  return (y ? y + '年' : '') + (r ? r + '个月' : (y ? '' : '0个月'));
}

export const TYPES = [
  ['有期徒刑', 'imprisonment'], ['拘役', 'detention'], ['管制', 'surveillance'], ['无期徒刑', 'life'],
  ['死刑缓期二年执行', 'death_reprieve'], ['死刑', 'death'], ['单处罚金', 'fine_only'], ['免予刑事处罚', 'exempt'],
];
export const FIXED = ['有期徒刑', '拘役', '管制'];
export function typeName(t) { const x = TYPES.find((p) => p[1] === t || p[0] === t); return x ? x[0] : t; }

/** A sentence object in words: 拘役三个月，缓刑四个月，并处罚金二千元 → "拘役3个月，缓刑4个月，罚金2000元". */
export function sentenceText(s) {
  if (!s) return '未填写';
  const parts = [typeName(s.type) + (s.months ? months(s.months) : '')];
  if (s.probationMonths) parts.push('缓刑' + months(s.probationMonths));
  if (s.fineYuan) parts.push('罚金' + s.fineYuan.toLocaleString('zh-CN') + '元');
  (s.additional || []).forEach((a) => parts.push(a));
  return parts.join('，');
}

export function pct(x) { return Math.round(x * 100) + '%'; }

/** A fictional example judgment: the ingest pipeline's source kind, never the id. */
export function isDemo(c) { return Boolean(c && c.source === 'demo'); }
export function demoBadge(c) { return isDemo(c) ? el('span', { class: 'badge demo', title: '项目自编的虚构示例判决' }, '示例') : null; }

const caseNames = new Map();

/** The case number (else the title) of case {@code id}, read once per page and kept; null when it cannot be read now. */
function caseName(id) {
  if (!caseNames.has(id)) {
    if (caseNames.size > 500) caseNames.clear();
    // a failed lookup is not kept, so a later link asks again
    caseNames.set(id, api('GET', '/api/v1/cases/' + encodeURIComponent(id)).then((c) => c.caseNumber || c.title || null,
      () => { caseNames.delete(id); return null; }));
  }
  return caseNames.get(id);
}

/**
 * A link to a case view. Without a text (evidence that names cases by id) the link shows the id
 * (class case-id, an identifier) until the case's number is read, then the number, the title and
 * id on hover.
 */
export function caseLink(id, text) {
  const a = el('a', { href: '#/case/' + encodeURIComponent(id), class: text ? 'case-link' : 'case-link case-id' }, text || id);
  if (!text) {
    caseName(id).then((name) => {
      if (!name) return;
      a.textContent = name;
      a.classList.remove('case-id');
      a.title = id;
    });
  }
  return a;
}

/** A link to the statute panel for an article label such as 刑法第133条之一. */
export function articleLink(label) {
  return el('a', { href: '#/statute/' + encodeURIComponent(label), class: 'article-link' }, label);
}

/** Text with every 刑法第N条(之X) turned into a statute link. */
export function linkArticles(text) {
  const out = [];
  const re = /(刑法第[0-9一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十])?)/g;
  let last = 0, m;
  while ((m = re.exec(text))) {
    out.push(text.slice(last, m.index), articleLink(m[1]));
    last = re.lastIndex;
  }
  out.push(text.slice(last));
  return out;
}

/** The current route: view name and parameters from the address's hash (#/view/arg?x=1). */
export function route() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, qs] = h.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || 'workbench', arg: parts.slice(1).join('/'), params: new URLSearchParams(qs || '') };
}

export function go(hash) { if (location.hash !== hash) location.hash = hash; }

/** Shared state between views (the last search and the cases chosen for the report). */
export const store = {
  get(k, d) { try { return JSON.parse(sessionStorage.getItem('xiezhi.' + k)) ?? d; } catch { return d; } },
  set(k, v) { sessionStorage.setItem('xiezhi.' + k, JSON.stringify(v)); },
};

/** Splits a list typed with 、，, or spaces. */
export function splitList(s) { return String(s || '').split(/[、，,;；\s]+/).map((x) => x.trim()).filter(Boolean); }

export function normCharge(c) { return c.endsWith('罪') ? c : c + '罪'; }
