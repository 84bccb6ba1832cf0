// One recommendation per charge: the guideline's result when it applies, else the advisor's interval
// (statutory tier, similar cases and model already combined); every other figure is shown against it.
import { months, typeName } from './core.js';

function rangeText(a, b) { return a === b ? months(a) : months(a) + '至' + months(b); }

/** The single recommendation for a sentencing reference, or null when nothing supports one. */
export function reconcile(ref) {
  const g = ref.guideline;
  if (g && g.applies !== false && g.recommended && g.recommended.minMonths !== null && g.recommended.minMonths !== undefined) {
    const r = g.recommended;
    const type = r.type ? typeName(r.type) : '有期徒刑';
    return { minMonths: r.minMonths, maxMonths: r.maxMonths ?? r.minMonths,
      text: type + ' ' + rangeText(r.minMonths, r.maxMonths ?? r.minMonths) + (r.months ? '（建议 ' + months(r.months) + '）' : ''),
      basis: '量刑指导意见三步法（量刑起点→基准刑→调节），并在法定刑幅度内' + (g.document ? '；' + g.document : '') };
  }
  const s = ref.suggested;
  if (s) {
    return { minMonths: s.minMonths, maxMonths: s.maxMonths, text: tierType(ref) + rangeText(s.minMonths, s.maxMonths), basis: s.basis || '法定刑档次与相似案例刑期' };
  }
  const st = ref.statutory;
  if (st && st.chosenTier != null) {
    const t = st.tiers[st.chosenTier];
    if (t && t.minMonths !== null && t.minMonths !== undefined) {
      return { minMonths: t.minMonths, maxMonths: t.maxMonths ?? t.minMonths, text: '法定刑 ' + rangeText(t.minMonths, t.maxMonths ?? t.minMonths), basis: '仅法定刑档次（缺少相似案例）' };
    }
  }
  return null;
}

/** The penalty type of the chosen tier: 拘役 for a tier of 拘役 alone, else 有期徒刑. */
function tierType(ref) {
  const st = ref.statutory;
  const t = st && st.chosenTier != null ? st.tiers[st.chosenTier] : st && st.tiers && st.tiers.length === 1 ? st.tiers[0] : null;
  const types = (t && t.types) || [];
  if (types.length && !types.includes('有期徒刑') && !types.includes('imprisonment')) return typeName(types[0]) + ' ';
  return '有期徒刑 ';
}

/** How a figure in months relates to the recommendation: within, above or below. */
export function relation(m, rec) {
  if (m === null || m === undefined || !rec) return '';
  if (m < rec.minMonths) return '低于建议区间';
  if (m > rec.maxMonths) return '高于建议区间';
  return '在建议区间内';
}
