// Router: "#/scenarios[/id]", "#/runs[/id]", "#/compare?ids=a,b", "#/security". Live pages poll until their work is done.
(function () {
  const main = document.getElementById('main');
  let generation = 0;

  async function poll(step) {
    const mine = generation;
    while (mine === generation) {
      let more;
      try { more = await step(); } catch (e) { main.append(Pages.problem(e)); return; }
      if (!more) return;
      await new Promise(r => setTimeout(r, 700));
    }
  }

  async function route() {
    generation++;
    Api.captureKey();
    const [path, query] = (location.hash.replace(/^#/, '') || '/scenarios').split('?');
    const parts = path.split('/').filter(Boolean);
    document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', a.dataset.nav === parts[0]));
    if (!Api.hasKey()) { Pages.signIn(main, route); return; }
    try {
      const me = await Api.get('/api/me');
      document.getElementById('who').textContent = `${me.name} (${me.role}) `;
      document.getElementById('who').append(Pages.h('a', { href: '#', style: 'color:#c9d1e3', onclick: () => { Api.clearKey(); route(); } }, 'sign out'));
      switch (parts[0]) {
        case 'runs': await (parts[1] ? Pages.run(main, parts[1]) : Pages.runs(main)); break;
        case 'compare': await Pages.compare(main, (new URLSearchParams(query || '').get('ids') || '').split(',').filter(Boolean)); break;
        case 'security': await Pages.security(main); break;
        default: await Pages.scenarios(main, parts[1]);
      }
    } catch (e) {
      if (e instanceof Api.ApiError && e.status === 401) { Api.clearKey(); Pages.signIn(main, route); return; }
      main.replaceChildren(Pages.problem(e));
    }
  }

  window.App = { route, poll };
  window.addEventListener('hashchange', route);
  route();
})();
