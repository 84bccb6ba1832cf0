// The workbench's entry: key handling, navigation between the views, the address as state.
import { $, setKey, key, route } from './core.js';
import * as workbench from './workbench.js';
import * as search from './search.js';
import * as caseview from './caseview.js';
import * as statute from './statute.js';
import * as report from './report.js';
import * as supervise from './supervise.js';

const VIEWS = { workbench: '案件研判', search: '类案检索', case: '案例详情', statute: '法条查询', report: '类案检索报告', supervise: '制约监督' };

function takeKey() {
  const m = /(?:^|[#&])key=([^&]+)/.exec(location.hash);
  if (!m) return false;
  setKey(decodeURIComponent(m[1]));
  history.replaceState(null, '', location.pathname + '#/workbench');
  return true;
}

function show() {
  takeKey();
  const r = route();
  const view = VIEWS[r.view] ? r.view : 'workbench';
  Object.keys(VIEWS).forEach((v) => { $('view-' + v).hidden = v !== view; });
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  document.title = VIEWS[view] + ' · 獬豸';
  if (view === 'search') search.show(r.params);
  if (view === 'case') caseview.show(r.arg);
  if (view === 'statute') statute.show(r.arg);
  if (view === 'report') report.show();
  window.scrollTo(0, 0);
}

function init() {
  if (!takeKey()) setKey(key());
  $('save-key').addEventListener('click', () => { setKey($('api-key').value.trim()); $('api-key').value = ''; });
  $('api-key').addEventListener('keydown', (e) => { if (e.key === 'Enter') $('save-key').click(); });
  [workbench, search, caseview, statute, report, supervise].forEach((v) => v.init());
  window.addEventListener('hashchange', show);
  window.xiezhi = { timings: workbench.timings };
  show();
  document.body.dataset.ready = 'true';
}
init();
