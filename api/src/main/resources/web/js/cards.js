// Case cards shared by the views: a search hit, a similar case, a hint.
import { el, caseLink, articleLink, demoBadge, months } from './core.js';

const CODES = {
  ARTICLE_AMENDED: '条文已修正', ARTICLE_NOT_FOR_CHARGE: '法条与罪名不符', CHARGE_MISSING: '可能遗漏罪名', CHARGE_UNLIKELY: '罪名依据不足',
  FINE_MISSING: '未见罚金', MITIGATION_NO_EFFECT: '从宽情节未体现', OUTSIDE_SIMILAR_RANGE: '偏离类案区间', PROBATION_FOR_RECIDIVIST: '累犯适用缓刑',
  PROBATION_NOT_ALLOWED: '不得适用缓刑', PROBATION_PERIOD_INVALID: '缓刑考验期不当', SENTENCE_ABOVE_MAXIMUM: '超过法定最高刑',
  SENTENCE_BELOW_MINIMUM: '低于法定最低刑', SENTENCE_OUTSIDE_TIER: '不在事实所指档次', SENTENCE_TYPE_NOT_ALLOWED: '刑种不符合法定刑',
  OUTSIDE_GUIDELINE_RANGE: '偏离量刑指导意见', RECIDIVIST: '累犯',
};
/** The Chinese name of a hint code. */
export function codeName(c) { return CODES[c] || c; }

const SEVERITY = { error: '错误', warning: '注意', info: '信息' };

/** The meta line of a case: court · date · case number. */
export function metaLine(c) {
  return [c.court, c.date || (c.year ? c.year + '年' : null), c.caseNumber].filter(Boolean).join(' · ');
}

export function similarCard(s, extra) {
  return el('li', { class: 'card similar-case', 'data-id': s.id },
    el('div', { class: 'card-title' }, demoBadge(s), caseLink(s.id, s.title)),
    el('div', { class: 'meta' }, metaLine(s)),
    el('div', {}, (s.charges || []).map((c) => el('span', { class: 'badge' }, c)),
      el('span', { class: 'sentence' }, '判处：' + (s.sentence || (s.termMonths !== null && s.termMonths !== undefined ? months(s.termMonths) : '未载明')))),
    el('div', { class: 'explanation' }, '相似之处：' + s.explanation),
    (s.articles || []).length ? el('div', { class: 'meta' }, '引用法条：', s.articles.slice(0, 6).map((a) => [articleLink(a), ' '])) : null,
    extra || null);
}

export function evidenceNodes(list) {
  return (list || []).map((e) => {
    if (e.kind === 'article' && e.ref) return [articleLink(e.ref), e.text ? '（' + e.text + '）' : '', ' '];
    if (e.kind === 'case' && e.ref) return [caseLink(e.ref, e.text ? e.text : e.ref), ' '];
    return [el('span', { class: 'evidence-text' }, e.text || e.ref || ''), ' '];
  });
}

export function hintItem(h) {
  return el('li', { class: 'hint ' + h.severity, 'data-code': h.code },
    el('span', { class: 'severity' }, SEVERITY[h.severity] || h.severity), ' ', el('span', { class: 'code' }, codeName(h.code)), ' ', h.message,
    (h.evidence || []).length ? el('div', { class: 'evidence' }, '依据：', evidenceNodes(h.evidence)) : null);
}
