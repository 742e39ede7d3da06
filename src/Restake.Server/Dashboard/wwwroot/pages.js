// Dashboard pages. Every value from the server is inserted as text, never as markup.
(function () {
  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  // Replaces an element's content, skipping absent parts (null/undefined) and flattening lists.
  const put = (e, ...kids) => e.replaceChildren(...kids.flat().filter(k => k !== null && k !== undefined));
  const fmt = v => typeof v === 'number' ? (Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : Number(v.toPrecision(6)).toString()) : String(v ?? '');
  const when = t => t ? new Date(t).toLocaleString() : '';
  const problemText = e => {
    if (!(e instanceof Api.ApiError)) return String(e);
    const field = e.problem.field ? ` [${e.problem.field}]` : '';
    return `${e.status} ${e.problem.title || ''}${field}: ${e.message}`;
  };
  const problem = e => h('p', { class: 'problem', role: 'alert' }, problemText(e));

  function progressBar(run) {
    const p = Math.round((run.progress || 0) * 100);
    return h('div', { class: 'progress' }, h('div', { class: 'bar', title: `${p}%` }, h('span', { style: `width:${p}%` })),
      h('small', {}, `${run.batchesDone}/${run.batchesTotal} batches · ${p}%`));
  }

  function signIn(main, onDone) {
    const input = h('input', { type: 'password', size: 60, placeholder: 'rk_…', 'aria-label': 'API key' });
    put(main, h('div', { class: 'card' }, h('h1', {}, 'Sign in'),
      h('p', {}, 'Paste an API key. A new server prints an admin key when it starts.'), input, ' ',
      h('button', { onclick: () => { Api.setKey(input.value); onDone(); } }, 'Sign in')));
  }

  async function scenarios(main, selectedId) {
    const list = await Api.get('/api/scenarios');
    const modes = await Api.get('/api/modes');
    const editor = h('div', { class: 'card', id: 'editor' });
    const rows = list.map(s => h('tr', {},
      h('td', {}, h('a', { href: `#/scenarios/${s.id}` }, s.name)), h('td', {}, 'v' + s.latestVersion), h('td', {}, when(s.updatedAt))));
    put(main, h('h1', {}, 'Scenarios'),
      h('div', { class: 'grid' },
        h('div', {}, h('div', { class: 'card' },
          h('table', { id: 'scenario-list' }, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Version'), h('th', {}, 'Updated')), rows),
          list.length === 0 ? h('p', {}, 'No scenarios yet.') : null,
          h('p', {}, h('a', { href: '#/scenarios/new' }, '+ New scenario')))),
        editor));
    await scenarioEditor(editor, selectedId && selectedId !== 'new' ? await Api.get(`/api/scenarios/${selectedId}`) : null, modes);
  }

  async function scenarioEditor(card, doc, modes) {
    const name = h('input', { id: 'scenario-name', size: 40, value: doc ? doc.info.name : '' });
    const yaml = h('textarea', { id: 'scenario-yaml', spellcheck: 'false' });
    yaml.value = doc ? doc.version.yaml : 'name: my scenario\n';
    const messages = h('ul', { class: 'messages', id: 'validation' });
    const show = v => put(messages, ...(v.valid ? [h('li', { class: 'ok' }, 'Valid scenario' + (v.name ? ` “${v.name}”` : ''))]
      : v.messages.map(m => h('li', { class: 'error' }, (m.line ? `line ${m.line}: ` : '') + `${m.field}: ${m.message}`))));
    const status = h('div', { id: 'editor-status' });
    const validate = async () => { try { show(await Api.post('/api/scenarios/validate', { yaml: yaml.value })); } catch (e) { put(status, problem(e)); } };
    const save = async () => {
      try {
        const saved = doc
          ? await Api.put(`/api/scenarios/${doc.info.id}`, { name: name.value || null, yaml: yaml.value, expectedVersion: doc.info.latestVersion })
          : await Api.post('/api/scenarios', { name: name.value || null, yaml: yaml.value });
        location.hash = `#/scenarios/${saved.info.id}`;
        if (doc) await App.route();
      } catch (e) {
        put(status, problem(e));
        if (e.problem.errors) show({ valid: false, messages: e.problem.errors });
      }
    };
    const mode = h('select', { id: 'run-mode' }, modes.map(m => h('option', { value: m.mode }, m.mode)));
    const seed = h('input', { id: 'run-seed', type: 'number', value: 1, min: 0, style: 'width:6em' });
    const paths = h('input', { id: 'run-paths', type: 'number', value: 10000, min: 1, style: 'width:8em' });
    const submit = async () => {
      try {
        const run = await Api.post('/api/runs', { scenarioId: doc.info.id, seed: Number(seed.value), paths: Number(paths.value), mode: mode.value });
        location.hash = `#/runs/${run.id}`;
      } catch (e) { put(status, problem(e)); }
    };
    let versions = null;
    if (doc) {
      const all = await Api.get(`/api/scenarios/${doc.info.id}/versions`);
      versions = h('p', {}, 'Versions: ', all.map(v => h('span', {}, `v${v.version} (${when(v.createdAt)}) `)));
    }
    put(card, h('h2', {}, doc ? `Edit “${doc.info.name}” (v${doc.info.latestVersion})` : 'New scenario'),
      h('p', {}, 'Name ', name), yaml,
      h('p', {}, h('button', { id: 'validate', class: 'secondary', onclick: validate }, 'Validate'), ' ',
        h('button', { id: 'save', onclick: save }, doc ? 'Save new version' : 'Create')),
      messages, status, versions,
      doc ? h('div', { class: 'run-form' }, h('h2', {}, 'Run this scenario'),
        modes.length === 0 ? h('p', {}, 'This server has no run modes.') :
          h('p', {}, 'Mode ', mode, ' seed ', seed, ' paths ', paths, ' ', h('button', { id: 'submit-run', onclick: submit }, 'Submit run'))) : null);
    yaml.addEventListener('input', debounce(validate, 400));
    await validate();
  }

  function debounce(f, ms) { let t; return () => { clearTimeout(t); t = setTimeout(f, ms); }; }

  async function runs(main) {
    const table = h('table', { id: 'run-list' });
    const selected = new Set();
    const compare = h('button', { id: 'compare-selected', class: 'secondary', onclick: () => { location.hash = `#/compare?ids=${[...selected].join(',')}`; } }, 'Compare selected');
    put(main, h('h1', {}, 'Runs'), h('div', { class: 'card' }, table, h('p', {}, compare)));
    const render = list => put(table, 
      h('tr', {}, ['', 'Run', 'Mode', 'Seed', 'Paths', 'Status', 'Progress', 'Submitted'].map(t => h('th', {}, t))),
      ...list.map(r => h('tr', { 'data-run': r.id },
        h('td', {}, r.status === 'succeeded' ? h('input', { type: 'checkbox', checked: selected.has(r.id), onchange: e => e.target.checked ? selected.add(r.id) : selected.delete(r.id) }) : ''),
        h('td', {}, h('a', { href: `#/runs/${r.id}` }, r.id)), h('td', {}, r.mode), h('td', { class: 'num' }, r.seed),
        h('td', { class: 'num' }, fmt(r.paths)), h('td', { class: 'status status-' + r.status }, r.status), h('td', {}, progressBar(r)),
        h('td', {}, when(r.createdAt)))));
    await App.poll(async () => {
      const list = await Api.get('/api/runs?limit=200');
      render(list);
      return list.some(r => r.status === 'queued' || r.status === 'running');
    });
  }

  async function run(main, id) {
    const head = h('div', { class: 'card', id: 'run-head' });
    const results = h('div', { id: 'results' });
    put(main, h('h1', {}, `Run ${id}`), head, results);
    let last = null;
    await App.poll(async () => {
      const r = await Api.get(`/api/runs/${id}`);
      put(head, h('p', {}, `Mode ${r.mode} · seed ${r.seed} · ${fmt(r.paths)} paths · `, h('b', { class: 'status status-' + r.status, id: 'run-status' }, r.status),
        r.resumed ? ` · resumed ${r.resumed}×` : '', r.error ? h('span', { class: 'problem' }, ` · ${r.error}`) : ''), progressBar(r),
        r.status === 'queued' || r.status === 'running' ? h('button', { class: 'secondary', onclick: () => Api.post(`/api/runs/${id}/cancel`).catch(e => head.append(problem(e))) }, 'Cancel') : null);
      last = r;
      return r.status === 'queued' || r.status === 'running';
    });
    if (last && last.status === 'succeeded') put(results, await resultsView(id));
  }

  async function resultsView(id) {
    const s = await Api.get(`/api/runs/${id}/summary`);
    const metrics = h('table', { id: 'metrics' }, Object.entries(s.metrics).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', { class: 'num' }, fmt(v)))));
    const security = await securitySummary(s);
    // Scenario runs carry charts for every strategy; other modes have one set at the top level.
    const sets = s.strategies && s.strategies.length ? s.strategies : [{ id: null, yieldStack: s.yieldStack, lossDistribution: s.lossDistribution, fan: s.fan }];
    const stackCard = h('div', { class: 'card' });
    const lossCard = h('div', { class: 'card' });
    const fanCard = h('div', { class: 'card' });
    const show = c => {
      const of = c.id ? ` — ${c.id}` : '';
      put(stackCard, h('h2', {}, `Yield stack${of}`), c.yieldStack.length ? Charts.yieldStack(c.yieldStack) : h('p', {}, 'No yield layers in this mode.'));
      put(lossCard, h('h2', {}, `Loss distribution${of}`), c.lossDistribution ? Charts.histogram(c.lossDistribution) : h('p', {}, 'No losses recorded.'));
      put(fanCard, h('h2', {}, `Fan chart${of}`), c.fan ? Charts.fan(c.fan) : h('p', {}, 'No trajectories in this mode.'));
    };
    show(sets[0]);
    const picker = sets.length > 1
      ? h('p', {}, h('label', { for: 'strategy' }, 'Strategy '),
          h('select', { id: 'strategy', onchange: e => show(sets[e.target.selectedIndex]) }, sets.map(c => h('option', { value: c.id }, c.id))))
      : null;
    return h('div', {},
      picker,
      h('div', { class: 'grid' }, stackCard, h('div', { class: 'card' }, h('h2', {}, 'Security summary'), security)),
      h('div', { class: 'grid' }, lossCard, fanCard),
      h('div', { class: 'card' }, h('h2', {}, `Metrics (${fmt(s.paths)} paths)`), metrics,
        h('p', {}, h('a', { href: `/api/runs/${id}/report`, target: '_blank' }, 'HTML report'))));
  }

  async function securitySummary(s) {
    if (s.security) return h('table', { id: 'security' }, Object.entries(s.security).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, typeof v === 'object' ? JSON.stringify(v) : fmt(v)))));
    const kinds = await Api.get('/api/analysis-kinds');
    const kind = kinds.find(k => k.kind === 'security');
    if (!kind) return h('p', { id: 'security' }, 'Security analysis is not available on this server.');
    const latest = await Api.get(`/api/${kind.collection}?limit=1`);
    return latest.length ? h('p', { id: 'security' }, `Latest network analysis “${latest[0].name}”: ${latest[0].summary}`)
      : h('p', { id: 'security' }, 'No security analysis stored yet — see the Security page.');
  }

  async function compare(main, ids) {
    if (ids.length < 2) {
      put(main, h('h1', {}, 'Compare'), h('p', {}, 'Select two or more succeeded runs on the Runs page, or pick them here:'));
      const list = (await Api.get('/api/runs?status=succeeded&limit=50'));
      const chosen = new Set();
      main.append(h('div', { class: 'card' }, list.map(r => h('label', { style: 'display:block' },
        h('input', { type: 'checkbox', 'data-run': r.id, onchange: e => e.target.checked ? chosen.add(r.id) : chosen.delete(r.id) }), ` ${r.id} · ${r.mode} · seed ${r.seed} · ${fmt(r.paths)} paths`)),
        h('button', { id: 'compare-go', onclick: () => { location.hash = `#/compare?ids=${[...chosen].join(',')}`; } }, 'Compare')));
      return;
    }
    const summaries = await Promise.all(ids.map(id => Api.get(`/api/runs/${id}/summary`)));
    const names = [...new Set(summaries.flatMap(s => Object.keys(s.metrics)))].sort();
    const table = h('table', { id: 'compare-table' }, h('tr', {}, h('th', {}, 'Metric'), ids.map(id => h('th', {}, id))),
      names.map(n => h('tr', {}, h('th', {}, n), summaries.map(s => h('td', { class: 'num' }, n in s.metrics ? fmt(s.metrics[n]) : '–')))));
    const withLoss = summaries.map((s, i) => ({ id: ids[i], hist: s.lossDistribution })).filter(x => x.hist);
    put(main, h('h1', {}, `Compare ${ids.length} runs`),
      h('div', { class: 'card' }, h('h2', {}, 'Loss distributions'), withLoss.length ? Charts.cdf(withLoss) : h('p', {}, 'No losses recorded.'), Charts.legend(withLoss.map(x => x.id))),
      h('div', { class: 'card' }, table));
  }

  async function security(main) {
    const kinds = await Api.get('/api/analysis-kinds');
    const kind = kinds.find(k => k.kind === 'security');
    put(main, h('h1', {}, 'Security analyses'));
    if (!kind) { main.append(h('p', {}, 'Security analysis is not available on this server.')); return; }
    const text = h('textarea', { id: 'network-text', spellcheck: 'false', placeholder: 'Network in the conformance format (JSON or YAML)' });
    const format = h('select', { id: 'network-format' }, h('option', { value: 'json' }, 'json'), h('option', { value: 'yaml' }, 'yaml'));
    const out = h('div', { id: 'analysis-result' });
    const list = h('table', { id: 'analysis-list' });
    const refresh = async () => {
      const items = await Api.get(`/api/${kind.collection}?limit=50`);
      put(list, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Verdict'), h('th', {}, 'When')),
        ...items.map(a => h('tr', {}, h('td', {}, a.name), h('td', {}, a.summary), h('td', {}, when(a.createdAt)))));
    };
    const analyze = async () => {
      try {
        const r = await Api.post(`/api/${kind.collection}`, { format: format.value, text: text.value });
        put(out, h('p', {}, h('b', {}, r.summary)), h('pre', {}, JSON.stringify(r.result, null, 2)));
        await refresh();
      } catch (e) { put(out, problem(e)); }
    };
    main.append(h('div', { class: 'grid' }, h('div', { class: 'card' }, h('p', {}, 'Format ', format), text, h('p', {}, h('button', { id: 'analyze', onclick: analyze }, 'Analyze')), out),
      h('div', { class: 'card' }, list)));
    await refresh();
  }

  window.Pages = { h, signIn, scenarios, runs, run, compare, security, problem };
})();
