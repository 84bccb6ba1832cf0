'use strict';
// The Xiezhi web page: plain JavaScript, no build step, no external resources.
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { filters: { charges: [] }, lastQuery: '' };

  function key() { return sessionStorage.getItem('xiezhi.key') || ''; }
  function setKey(k) { sessionStorage.setItem('xiezhi.key', k); $('key-status').textContent = k ? '已设置' : '未设置'; }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    });
    children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return e;
  }

  // Server highlights are HTML-escaped text with <mark> tags; anything else is escaped again.
  function highlightNode(html) {
    const span = document.createElement('span');
    span.innerHTML = String(html || '').replace(/<(?!\/?mark>)/g, '&lt;');
    return span;
  }

  function months(m) {
    if (m === null || m === undefined) return '—';
    const y = Math.floor(m / 12), r = m % 12;
    return (y ? y + '年' : '') + (r ? r + '个月' : (y ? '' : '0个月'));
  }

  function showError(msg) { const e = $('error'); e.textContent = msg; e.hidden = !msg; }

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: Object.assign({ 'Authorization': 'Bearer ' + key() }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      const msg = (data.title || ('HTTP ' + res.status)) + (data.field ? '（' + data.field + '）' : '') + '：' + (data.detail || '');
      throw new Error(msg);
    }
    return data;
  }

  async function search() {
    showError('');
    const q = $('query').value.trim();
    if (!q) { showError('请输入案情描述或关键词'); return; }
    state.lastQuery = q;
    const body = { query: q, limit: 20 };
    if (state.filters.charges.length) body.filters = { charges: state.filters.charges };
    try {
      const r = await api('POST', '/api/v1/cases/search', body);
      renderResults(r);
    } catch (e) { showError(e.message); }
  }

  function renderResults(r) {
    $('summary').textContent = '共找到 ' + r.total + ' 件案例' + (state.filters.charges.length ? '（已筛选：' + state.filters.charges.join('、') + '）' : '');
    const list = $('results');
    list.replaceChildren();
    r.hits.forEach((h) => {
      list.append(el('li', { class: 'result', 'data-id': h.id },
        el('div', { class: 'result-title', onclick: () => openCase(h.id) }, h.title),
        el('div', { class: 'meta' }, (h.court || '') + ' · ' + (h.year || '') + ' · 相关度 ' + h.score.toFixed(2)),
        el('div', {}, h.charges.map((c) => el('span', { class: 'badge' }, c))),
        el('div', { class: 'highlight' }, highlightNode(h.highlight))));
    });
    const facets = $('facets');
    facets.replaceChildren();
    const names = { charges: '罪名', court: '法院', year: '年份' };
    Object.entries(r.facets || {}).forEach(([name, values]) => {
      facets.append(el('h4', {}, names[name] || name));
      Object.entries(values).forEach(([v, n]) => {
        const box = el('input', { type: 'checkbox', 'data-facet': name, value: v });
        if (name === 'charges' && state.filters.charges.includes(v)) box.checked = true;
        if (name !== 'charges') box.disabled = true;
        box.addEventListener('change', () => {
          const set = state.filters.charges;
          if (box.checked) set.push(v); else set.splice(set.indexOf(v), 1);
          search();
        });
        facets.append(el('label', { class: 'facet' }, box, ' ' + v + ' (' + n + ')'));
      });
    });
  }

  async function openCase(id) {
    showError('');
    try {
      const c = await api('GET', '/api/v1/cases/' + encodeURIComponent(id));
      $('case-view').hidden = false;
      $('case-title').textContent = c.title;
      $('case-meta').textContent = [c.caseNumber, c.court, c.year, (c.charges || []).join('、'), (c.articles || []).join('、')].filter(Boolean).join(' · ');
      $('case-facts').textContent = c.facts || '';
      $('case-reasoning').textContent = c.reasoning || '';
      $('case-result').textContent = c.result || '';
      const d = (c.defendants || [])[0];
      await analyse(c.facts || c.fullText || '', c.charges || [], d && d.sentence ? d.sentence.months : null, id);
      $('case-view').scrollIntoView();
    } catch (e) { showError(e.message); }
  }

  async function analyseQuery() {
    showError('');
    const q = $('query').value.trim();
    if (!q) { showError('请输入案情描述'); return; }
    try {
      const p = await api('POST', '/api/v1/predict', { facts: q });
      const charges = p.charges.length ? [p.charges[0].label] : [];
      await analyse(q, charges, null, null, p);
    } catch (e) { showError(e.message); }
  }

  async function analyse(facts, charges, termMonths, selfId, prediction) {
    $('analysis').hidden = false;
    const text = facts.slice(0, 8000);
    const p = prediction || await api('POST', '/api/v1/predict', { facts: text });
    renderPrediction(p);
    const sim = await api('POST', '/api/v1/cases/similar', { facts: text, limit: 11 });
    renderSimilar(sim.cases.filter((s) => s.id !== selfId).slice(0, 10));
    const charge = charges[0] || (p.charges[0] && p.charges[0].label);
    if (charge) {
      const s = await api('POST', '/api/v1/advise/sentencing', { facts: text, charge });
      renderChart(s, termMonths);
      const check = await api('POST', '/api/v1/advise/charge-check', { facts: text, charges: charges.length ? charges : [charge] });
      renderCheck(check);
    }
    const hintBody = { facts: text, charges: charges.length ? charges : (charge ? [charge] : []) };
    if (termMonths !== null && termMonths !== undefined) hintBody.termMonths = termMonths;
    const h = await api('POST', '/api/v1/advise/hints', hintBody);
    $('hints').replaceChildren(...h.hints.map((x) => el('li', { class: 'hint ' + x.severity }, x.message)));
  }

  function renderPrediction(p) {
    const box = $('prediction');
    box.replaceChildren(
      el('div', {}, '罪名：', p.charges.slice(0, 3).map((c) => el('span', { class: 'badge' }, c.label + ' ' + Math.round(c.score * 100) + '%'))),
      el('div', {}, '法条：' + p.articles.slice(0, 4).map((a) => a.label).join('、')),
      el('div', {}, '刑期估计：' + (p.term ? months(p.term.months) + '（' + months(p.term.lowMonths) + '–' + months(p.term.highMonths) + '）' : '—')),
      el('div', { class: 'meta' }, '模型版本：' + p.modelVersion + '；依据案例：' + p.evidence.join('、')));
  }

  function renderCheck(c) {
    const box = $('charge-check');
    box.replaceChildren(
      ...c.verdicts.map((v) => el('div', { class: 'verdict ' + v.status }, v.charge + '：' + ({ supported: '有支持', weak: '支持较弱', unsupported: '缺乏支持' })[v.status] + '（' + v.reason + '）')),
      el('div', {}, c.suggested.length ? '建议关注：' + c.suggested.join('、') : ''),
      el('div', { class: 'meta' }, '模型版本：' + c.modelVersion));
  }

  function renderSimilar(cases) {
    $('similar').replaceChildren(...cases.map((s) => el('li', { class: 'similar-case' },
      el('div', { class: 'result-title', onclick: () => openCase(s.id) }, s.title),
      el('div', {}, s.charges.map((c) => el('span', { class: 'badge' }, c)), ' 刑期：' + months(s.termMonths)),
      el('div', { class: 'explanation' }, '相似原因：' + s.explanation))));
  }

  // Sentencing chart: statutory tiers (bands), similar cases' terms (dots), the estimate and its range.
  function renderChart(s, proposed) {
    const W = 760, H = 170, L = 40, R = 20;
    const values = s.similar.map((p) => p.months).filter((m) => m !== null);
    s.statutory.forEach((r) => { if (r.maxMonths) values.push(r.maxMonths); if (r.minMonths) values.push(r.minMonths); });
    if (s.estimateMonths) values.push(s.estimateMonths);
    if (proposed) values.push(proposed);
    const max = Math.max(12, ...values) * 1.1;
    const x = (m) => L + (W - L - R) * m / max;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('width', '100%');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', '量刑参考图');
    const add = (tag, attrs, text) => {
      const e = document.createElementNS(ns, tag);
      Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
      if (text) e.textContent = text;
      svg.append(e);
      return e;
    };
    s.statutory.forEach((r, i) => {
      const a = x(r.minMonths || 0), b = x(r.maxMonths || max);
      add('rect', { class: 'range', x: a, y: 20 + i * 4, width: Math.max(2, b - a), height: 90 });
      add('text', { x: a + 3, y: 16 + (i % 2) * 110 + (i % 2 ? 8 : 0) }, '法定刑 ' + months(r.minMonths) + '–' + (r.maxMonths ? months(r.maxMonths) : '以上'));
    });
    if (s.lowMonths !== null && s.highMonths !== null) {
      add('rect', { class: 'iqr', x: x(s.lowMonths), y: 30, width: Math.max(2, x(s.highMonths) - x(s.lowMonths)), height: 70 });
    }
    s.similar.forEach((p, i) => {
      if (p.months === null) return;
      add('circle', { class: 'point', cx: x(p.months), cy: 40 + (i * 13) % 55, r: 4 + 4 * p.similarity }).append(
        Object.assign(document.createElementNS(ns, 'title'), { textContent: p.caseId + '：' + months(p.months) }));
    });
    if (s.estimateMonths !== null) {
      add('line', { class: 'estimate', x1: x(s.estimateMonths), x2: x(s.estimateMonths), y1: 25, y2: 110 });
      add('text', { x: x(s.estimateMonths) + 4, y: 122 }, '估计 ' + months(s.estimateMonths));
    }
    if (proposed) {
      add('line', { x1: x(proposed), x2: x(proposed), y1: 25, y2: 110, stroke: '#333', 'stroke-dasharray': '4 3' });
    }
    add('line', { x1: L, x2: W - R, y1: 130, y2: 130, stroke: '#999' });
    for (let m = 0; m <= max; m += max > 120 ? 24 : 12) {
      add('text', { x: x(m) - 6, y: 146 }, String(m / 12) + '年');
    }
    $('chart').replaceChildren(svg);
    $('chart-legend').textContent = s.charge + (s.article ? '（' + s.article + '）' : '') + '：蓝色区间为法定刑幅度，圆点为相似案例刑期（越大越相似），红线为估计刑期'
      + (proposed ? '，虚线为本案刑期' : '') + '。模型版本：' + s.modelVersion;
  }

  function init() {
    const m = /(?:^|[#&])key=([^&]+)/.exec(location.hash);
    if (m) { setKey(decodeURIComponent(m[1])); history.replaceState(null, '', location.pathname); } else setKey(key());
    $('save-key').addEventListener('click', () => setKey($('api-key').value.trim()));
    $('search-btn').addEventListener('click', () => { state.filters.charges = []; search(); });
    $('analyze-btn').addEventListener('click', analyseQuery);
    $('query').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) search(); });
  }
  init();
})();
