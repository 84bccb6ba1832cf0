// Inline SVG charts: horizontal count bars and the sentencing scale.
import { months } from './core.js';

const NS = 'http://www.w3.org/2000/svg';

function svg(w, h, label) {
  const s = document.createElementNS(NS, 'svg');
  s.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
  s.setAttribute('width', '100%');
  s.setAttribute('role', 'img');
  s.setAttribute('aria-label', label);
  s.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  return s;
}

function add(parent, tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined) e.textContent = text;
  parent.append(e);
  return e;
}

/** Horizontal bars for [label, count] pairs, largest first. */
export function bars(pairs, label) {
  const rows = pairs.slice(0, 12);
  const W = 420, rowH = 22, L = 150;
  const s = svg(W, rows.length * rowH + 6, label);
  const max = Math.max(1, ...rows.map((r) => r[1]));
  rows.forEach(([name, n], i) => {
    const y = i * rowH + 4;
    add(s, 'text', { x: L - 6, y: y + 14, 'text-anchor': 'end', class: 'bar-label' }, name.length > 11 ? name.slice(0, 10) + '…' : name);
    add(s, 'rect', { x: L, y, width: Math.max(2, (W - L - 40) * n / max), height: rowH - 6, class: 'bar' });
    add(s, 'text', { x: L + Math.max(2, (W - L - 40) * n / max) + 4, y: y + 14, class: 'bar-value' }, String(n));
  });
  return s;
}

/**
 * The sentencing scale for one charge: statutory tiers (bands, the chosen one darker), the similar
 * cases' terms (histogram dots), the recommendation (red band) and the proposed term (dashed line).
 */
export function scale({ tiers, chosen, similar, recommended, proposed }) {
  const W = 760, H = 150, L = 20, R = 20;
  const values = [12];
  tiers.forEach((t) => { if (t.maxMonths) values.push(t.maxMonths); if (t.minMonths) values.push(t.minMonths); });
  similar.forEach((m) => values.push(m));
  if (recommended) values.push(recommended.maxMonths);
  if (proposed) values.push(proposed);
  const maxV = Math.min(300, Math.max(...values)) * 1.08;
  const x = (m) => L + (W - L - R) * Math.min(m, maxV) / maxV;
  const s = svg(W, H, '量刑刻度图');
  tiers.forEach((t, i) => {
    const a = x(t.minMonths || 0), b = x(t.maxMonths || maxV);
    add(s, 'rect', { x: a, y: 14 + (i % 2) * 4, width: Math.max(2, b - a), height: 80, class: 'range' + (i === chosen ? ' chosen' : '') });
  });
  const stack = {};
  similar.forEach((m) => {
    const k = Math.round(x(m) / 8);
    stack[k] = (stack[k] || 0) + 1;
    add(s, 'circle', { cx: x(m), cy: 88 - stack[k] * 9, r: 4, class: 'point' });
  });
  if (recommended) {
    add(s, 'rect', { x: x(recommended.minMonths), y: 10, width: Math.max(3, x(recommended.maxMonths) - x(recommended.minMonths)), height: 90, class: 'recommended' });
  }
  if (proposed) {
    add(s, 'line', { x1: x(proposed), x2: x(proposed), y1: 6, y2: 104, class: 'proposed' });
    add(s, 'text', { x: Math.min(x(proposed) + 4, W - 90), y: 12 }, '本案 ' + months(proposed));
  }
  add(s, 'line', { x1: L, x2: W - R, y1: 112, y2: 112, stroke: '#999' });
  const step = maxV > 180 ? 36 : maxV > 72 ? 12 : maxV > 24 ? 6 : 3;
  for (let m = 0; m <= maxV; m += step) {
    add(s, 'line', { x1: x(m), x2: x(m), y1: 112, y2: 116, stroke: '#999' });
    add(s, 'text', { x: x(m), y: 130, 'text-anchor': 'middle' }, m % 12 === 0 ? (m / 12) + '年' : m + '月');
  }
  return s;
}
