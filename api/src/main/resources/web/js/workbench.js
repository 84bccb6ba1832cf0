// The case workbench (案件研判) for judges and prosecutors: facts, proposed charges and sentences, one analysis.
import { $, el, api, busy, months, pct, TYPES, FIXED, typeName, sentenceText, splitList, normCharge, caseLink, articleLink, linkArticles, store } from './core.js';
import { similarCard, hintItem } from './cards.js';
import { scale } from './charts.js';
import { reconcile, relation } from './reconcile.js';

let controller = null;
export const timings = [];

function num(v) { const n = parseInt(v, 10); return Number.isFinite(n) && n > 0 ? n : 0; }

/** One defendant's fieldset: name, proposed charges, the full proposed sentence. */
function defendantFields(i, d) {
  d = d || {};
  const s = d.sentence || {};
  const id = (f) => 'd' + i + '-' + f;
  const inp = (f, attrs) => el('input', Object.assign({ id: id(f), name: f }, attrs));
  const type = el('select', { id: id('type'), name: 'type' }, el('option', { value: '' }, '（未拟定）'),
    TYPES.map(([zh]) => el('option', { value: zh, selected: typeName(s.type) === zh }, zh)));
  const m = s.months || 0, p = s.probationMonths || 0;
  const box = el('fieldset', { class: 'defendant', 'data-index': i },
    el('legend', {}, '被告人 ' + (i + 1)),
    el('div', { class: 'row' },
      el('label', { for: id('name') }, '姓名'), inp('name', { value: d.name || '', placeholder: '如：张某' }),
      el('label', { for: id('charges') }, '拟定罪名'),
      inp('charges', { value: (d.charges || []).join('、'), placeholder: '如：危险驾驶罪（多个以、分隔）', class: 'wide' })),
    el('div', { class: 'row' },
      el('label', { for: id('type') }, '刑种'), type,
      el('label', { for: id('years') }, '刑期'),
      inp('years', { type: 'number', min: 0, max: 25, value: m ? Math.floor(m / 12) : '', class: 'short', 'aria-label': '刑期（年）' }), '年',
      inp('months', { type: 'number', min: 0, max: 11, value: m ? m % 12 : '', class: 'short', 'aria-label': '刑期（月）' }), '个月'),
    el('div', { class: 'row' },
      el('label', { for: id('prob-years') }, '缓刑'),
      inp('prob-years', { type: 'number', min: 0, max: 5, value: p ? Math.floor(p / 12) : '', class: 'short', 'aria-label': '缓刑考验期（年）' }), '年',
      inp('prob-months', { type: 'number', min: 0, max: 11, value: p ? p % 12 : '', class: 'short', 'aria-label': '缓刑考验期（月）' }), '个月',
      el('label', { for: id('fine') }, '罚金（元）'), inp('fine', { type: 'number', min: 0, value: s.fineYuan || '', class: 'mid' })),
    el('div', { class: 'row' },
      el('label', { for: id('additional') }, '附加刑'),
      inp('additional', { value: (s.additional || []).join('、'), placeholder: '如：剥夺政治权利一年、没收个人全部财产', class: 'wide' }),
      i > 0 ? el('button', { type: 'button', class: 'secondary', onclick: () => { box.remove(); renumber(); } }, '删除此被告人') : null));
  return box;
}

function renumber() {
  [...$('wb-defendants').children].forEach((f, i) => { f.querySelector('legend').textContent = '被告人 ' + (i + 1); });
}

/** Reads the form: facts and each defendant's charges and sentence (null when no 刑种 is chosen). */
function readForm() {
  const facts = $('wb-facts').value.trim();
  const defendants = [...$('wb-defendants').children].map((f, i) => {
    const v = (n) => f.querySelector('[name="' + n + '"]').value;
    const type = v('type');
    let sentence = null;
    if (type) {
      sentence = { type };
      const m = num(v('years')) * 12 + num(v('months'));
      if (FIXED.includes(type)) sentence.months = m;
      const p = num(v('prob-years')) * 12 + num(v('prob-months'));
      if (p) sentence.probationMonths = p;
      if (num(v('fine'))) sentence.fineYuan = num(v('fine'));
      const add = splitList(v('additional'));
      if (add.length) sentence.additional = add;
    }
    return { index: i, name: v('name').trim() || '被告人' + (i + 1), charges: splitList(v('charges')).map(normCharge), sentence };
  });
  return { facts, defendants };
}

function formProblem(form) {
  if (!form.facts) return '请填写案情事实。';
  if ([...form.facts].length > 8000) return '案情事实不能超过 8000 字（当前 ' + [...form.facts].length + ' 字），请删去与定罪量刑无关的部分。';
  for (const d of form.defendants) {
    if (d.sentence && FIXED.includes(d.sentence.type) && !d.sentence.months) return d.name + '：' + d.sentence.type + '需要填写刑期。';
  }
  return null;
}

/** Fills the form (facts, defendants) and, with {@code run}, starts the analysis. */
export function fill(facts, defendants, run, note) {
  $('wb-facts').value = facts || '';
  $('wb-note').textContent = note || '';
  $('wb-note').hidden = !note;
  const box = $('wb-defendants');
  box.replaceChildren(...(defendants.length ? defendants : [{}]).map((d, i) => defendantFields(i, d)));
  if (run) analyse();
}

export function init() {
  $('wb-add').addEventListener('click', () => { const box = $('wb-defendants'); box.append(defendantFields(box.children.length)); renumber(); });
  $('wb-analyse').addEventListener('click', analyse);
  $('wb-clear').addEventListener('click', () => { fill('', [], false); $('wb-results').replaceChildren(); $('wb-error').hidden = true; });
  $('wb-facts').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyse(); });
  const saved = store.get('workbench', null);
  if (saved) fill(saved.facts, saved.defendants, false); else fill('', [], false);
}

/** Adopts a candidate charge for defendant {@code i} (the user's choice, never automatic) and re-runs. */
function adopt(i, charge) {
  const f = $('wb-defendants').children[i] || $('wb-defendants').children[0];
  f.querySelector('[name="charges"]').value = charge;
  analyse();
}

export async function analyse() {
  const form = readForm();
  const problem = formProblem(form);
  const err = $('wb-error');
  if (problem) { err.textContent = problem; err.hidden = false; $('wb-results').replaceChildren(); return; }
  store.set('workbench', { facts: form.facts, defendants: form.defendants });
  if (controller) controller.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const results = $('wb-results');
  results.replaceChildren(el('p', { class: 'loading-note' }, '正在分析：罪名核查、量刑参考、类案检索并行进行…'));
  const t0 = performance.now();
  await busy([$('wb-analyse')], results, err, async () => {
    const withCharges = form.defendants.filter((d) => d.charges.length);
    const [prediction, similar, ...advice] = await Promise.all([
      api('POST', '/api/v1/predict', { facts: form.facts }, signal),
      // the proposed charges rank the similar cases; with none the server ranks with its charge model's decision
      api('POST', '/api/v1/cases/similar', { facts: form.facts, charges: [...new Set(withCharges.flatMap((d) => d.charges))].slice(0, 10), limit: 10 }, signal),
      ...withCharges.map((d) => api('POST', '/api/v1/advise', Object.assign({ id: 'd' + d.index, facts: form.facts, charges: d.charges },
        d.sentence ? { sentence: d.sentence } : {}), signal)),
    ]);
    if (signal.aborted) return;
    const parts = [];
    if (!withCharges.length) parts.push(candidates(prediction));
    withCharges.forEach((d, k) => parts.push(defendantAdvice(d, advice[k], prediction)));
    const rankedBy = similar.charges && similar.charges.length
      ? el('p', { class: 'notice' }, '按罪名 ' + similar.charges.join('、'),
        similar.chargesFrom === 'request' ? '（拟定罪名）' : ['（模型判断：', el('code', { class: 'version' }, similar.chargesFrom.replace(/^model /, '')), '）'],
        '与案情排序；排序模型 ', el('code', { class: 'version' }, (similar.ranker || '').replace(/ \(.*\)$/, '')))
      : el('p', { class: 'notice' }, '仅按案情排序（未给出罪名）；排序模型 ', el('code', { class: 'version' }, (similar.ranker || '').replace(/ \(.*\)$/, '')));
    parts.push(el('section', { class: 'panel', id: 'wb-similar' }, el('h3', {}, '相似案例（' + similar.cases.length + ' 件）'), rankedBy,
      el('ol', { class: 'cards' }, similar.cases.map((s) => similarCard(s)))));
    const ms = performance.now() - t0;
    timings.push(ms);
    parts.push(el('p', { class: 'meta', id: 'wb-timing' }, '分析用时 ' + Math.round(ms) + ' 毫秒；罪名模型 ', el('code', { class: 'version' }, prediction.modelVersion), '。本系统仅为辅助参考，不替代司法判断。'));
    results.replaceChildren(...parts);
    results.querySelector('h3').focus?.();
  });
}

/** No charge was entered: the candidates with their evidence, each to be confirmed by the user. */
function candidates(p) {
  return el('section', { class: 'panel', id: 'wb-candidates' },
    el('h3', { tabindex: '-1' }, '罪名候选（请确认适用罪名）'),
    el('p', { class: 'notice' }, '尚未填写拟定罪名。以下为模型与相似案例提示的候选罪名，系统不会自动采用；请选择后再进行量刑分析。'),
    el('ul', { class: 'candidates' }, p.charges.slice(0, 5).map((c) => el('li', {},
      el('strong', {}, c.label), ' 概率 ' + pct(c.score), ' ',
      el('button', { type: 'button', class: 'adopt', onclick: () => adopt(0, c.label) }, '采用“' + c.label + '”')))),
    el('div', { class: 'meta' }, '依据案例：', p.evidence.slice(0, 8).map((id) => [caseLink(id), ' '])));
}

function defendantAdvice(d, a, prediction) {
  const check = a.chargeCheck || { likely: [] };
  const box = el('section', { class: 'panel defendant-advice', 'data-defendant': d.index },
    el('h3', { tabindex: '-1' }, d.name + '：' + d.charges.join('、') + (d.sentence ? '；拟判/已判 ' + sentenceText(d.sentence) : '；未填写刑罚')));
  // the charge check
  const likely = check.likely || [];
  box.append(el('div', { class: 'charge-check' }, el('h4', {}, '罪名核查'),
    el('table', { class: 'grid' }, el('thead', {}, el('tr', {}, ['候选罪名', '概率', '类案占比', '法条', '依据案例', ''].map((h) => el('th', {}, h)))),
      el('tbody', {}, likely.slice(0, 5).map((l) => el('tr', { class: l.proposed ? 'proposed' : '' },
        el('td', {}, l.charge, l.proposed ? el('span', { class: 'badge ok' }, '已拟定') : null),
        el('td', {}, pct(l.probability)), el('td', {}, pct(l.similarShare)),
        el('td', {}, (l.articles || []).map((x) => [articleLink(x), ' '])),
        el('td', {}, (l.cases || []).slice(0, 3).map((x) => [caseLink(x), ' '])),
        el('td', {}, l.proposed ? '' : el('button', { type: 'button', class: 'secondary adopt', onclick: () => adopt(d.index, l.charge) }, '改用此罪名')))))),
    likely.some((l) => l.proposed) ? null : el('p', { class: 'warning' }, '拟定罪名不在候选之列，请核对事实与罪名是否对应。')));
  (a.sentencing || []).forEach((ref) => box.append(reference(ref, d.sentence)));
  const hints = a.hints || [];
  box.append(el('div', { class: 'hints' }, el('h4', {}, '异常提示'),
    hints.length ? el('ul', { class: 'hint-list' }, hints.map(hintItem)) : el('p', { class: 'ok', 'data-code': 'CONSISTENT' }, '未发现异常：拟定意见与法定刑、相似案例一致。')));
  return box;
}

/** One charge's sentencing reference: statutory tier, guideline, similar cases, model, one recommendation. */
function reference(ref, proposed) {
  const st = ref.statutory;
  const g = ref.guideline;
  const sim = ref.similar;
  const rec = reconcile(ref);
  const terms = sim ? sim.cases.map((c) => c.months).filter((m) => m !== null && m !== undefined) : [];
  const proposedMonths = proposed && proposed.months ? proposed.months : null;
  const box = el('div', { class: 'reference', 'data-charge': ref.charge }, el('h4', {}, '量刑参考：' + ref.charge));
  box.append(el('div', { class: 'recommendation', role: 'status' },
    el('div', { class: 'rec-label' }, '综合建议'),
    el('div', { class: 'rec-value' }, rec ? rec.text : '暂无足够依据给出建议'),
    rec ? el('div', { class: 'meta' }, '依据：' + rec.basis) : null,
    rec && proposedMonths ? el('div', { class: 'rec-relation' }, '本案' + months(proposedMonths) + relation(proposedMonths, rec)) : null));
  const factors = [];
  if (st) {
    const tier = st.chosenTier != null ? st.tiers[st.chosenTier] : st.tiers.length === 1 ? st.tiers[0] : null;
    factors.push(['法定刑', [articleLink(st.article), '：', tier ? tierText(tier) + (tier.condition ? '（' + tier.condition + '）' : '') : '事实未能确定档次', st.reason ? el('div', { class: 'meta' }, st.reason) : null]]);
  }
  if (g && g.applies !== false) {
    const r = g.recommended;
    factors.push(['量刑指导意见', [r ? range(r.minMonths, r.maxMonths) : '—', g.document ? el('div', { class: 'meta' }, g.document) : null]]);
  } else {
    factors.push(['量刑指导意见', g && g.reason ? '不适用：' + g.reason : '该罪名不在指导意见所列常见罪名之内，或事实不足以计算']);
  }
  if (sim && sim.terms && sim.terms.n) {
    const t = sim.terms;
    factors.push(['相似案例', ['同罪名 ' + t.n + ' 件有期刑期：中位数 ' + months(t.median) + '，四分位区间 ' + range(t.p25, t.p75),
      sim.probation ? '，其中缓刑 ' + sim.probation + ' 件' : '', rec && t.median !== null ? el('span', { class: 'meta' }, '（中位数' + relation(t.median, rec) + '）') : null]]);
  } else {
    factors.push(['相似案例', '未找到同罪名且有确定刑期的相似案例']);
  }
  if (ref.model && ref.model.termMonths !== undefined && ref.model.termMonths !== null) {
    factors.push(['模型估计', [months(ref.model.termMonths), rec ? el('span', { class: 'meta' }, '（' + relation(ref.model.termMonths, rec) + '）') : null,
      el('span', { class: 'meta' }, ' 模型：', ref.model.model ? el('code', { class: 'version' }, ref.model.model) : '—')]]);
  }
  box.append(el('table', { class: 'grid factors' }, el('tbody', {}, factors.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, v))))));
  if (st) {
    box.append(scale({ tiers: st.tiers, chosen: st.chosenTier, similar: terms, recommended: rec && rec.minMonths !== undefined ? rec : null, proposed: proposedMonths }));
    box.append(el('p', { class: 'meta legend' }, '蓝色：法定刑幅度（深色为事实所指档次）；圆点：相似案例刑期；红色：综合建议区间；虚线：本案刑期。'));
  }
  if (g && g.applies !== false) box.append(guideline(g));
  if ((ref.circumstances || []).length) {
    box.append(el('div', { class: 'circumstances' }, el('h5', {}, '事实中的量刑情节'),
      el('ul', {}, ref.circumstances.map((c) => el('li', {}, el('span', { class: 'badge ' + (c.effect === 'mitigating' ? 'ok' : 'warn') }, c.name), ' ', el('q', {}, c.evidence))))));
  }
  if ((ref.explanation || []).length) {
    box.append(el('details', {}, el('summary', {}, '计算说明'), el('ul', {}, ref.explanation.map((x) => el('li', {}, linkArticles(x))))));
  }
  return box;
}

const FINES = { mandatory: '并处罚金', optional: '可以并处罚金', alternative: '并处或者单处罚金', none: '' };

/** A statutory tier in words: 拘役1个月至6个月 拘役，并处罚金. */
function tierText(t) {
  const types = (t.types || []).map(typeName).join('、');
  const fine = t.fine in FINES ? FINES[t.fine] : (t.fine || '');
  return [(t.minMonths || t.maxMonths ? range(t.minMonths, t.maxMonths) : '') + (types ? ' ' + types : ''), fine,
    t.confiscation ? '可以并处没收财产' : ''].filter(Boolean).join('，');
}

export function range(a, b) {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return '—';
  if (b === null || b === undefined) return months(a) + '以上';
  return months(a || 0) + '至' + months(b);
}

/** The guideline's three steps: starting point, baseline, adjustments, and the sentence they lead to. */
function guideline(g) {
  const pctOf = (x) => (x > 0 ? '+' : '') + Math.round(x * 100) + '%';
  const rows = [];
  if (g.tier) rows.push(['适用档次', [g.tier.condition || '', g.tier.statutory ? '（法定刑：' + g.tier.statutory + '）' : '', g.tier.reason ? el('div', { class: 'meta' }, g.tier.reason) : null]]);
  if (g.startingPoint) rows.push(['① 量刑起点', range(g.startingPoint.minMonths, g.startingPoint.maxMonths)]);
  if (g.baseline) rows.push(['② 基准刑', range(g.baseline.minMonths, g.baseline.maxMonths)]);
  (g.adjustments || []).forEach((a) => rows.push(['③ 调节：' + a.circumstance,
    [a.ratio ? pctOf(a.ratio.min) + ' 至 ' + pctOf(a.ratio.max) : '', a.evidence ? [' ', el('q', {}, a.evidence)] : null, a.source ? el('div', { class: 'meta' }, a.source) : null]]));
  if (g.recommended) {
    const r = g.recommended;
    rows.push(['宣告刑建议', range(r.minMonths, r.maxMonths) + (r.months ? '，建议 ' + months(r.months) : '') + (r.type ? '（' + typeName(r.type) + '）' : '')]);
  }
  if (g.fine) rows.push(['罚金', g.fine]);
  if (g.probation) rows.push(['缓刑', g.probation]);
  return el('div', { class: 'guideline' }, el('h5', {}, '量刑指导意见三步法' + (g.document ? '：' + g.document : '')),
    el('table', { class: 'grid' }, el('tbody', {}, rows.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, v))))),
    (g.steps || []).length ? el('ol', { class: 'steps' }, g.steps.map((x) => el('li', {}, linkArticles(String(x))))) : null,
    (g.sources || []).length ? el('div', { class: 'meta' }, '出处：' + g.sources.join('；')) : null);
}
