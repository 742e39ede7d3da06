// API access: the key lives in localStorage; "#key=..." in the address signs in and is then removed from the address.
(function () {
  const KEY = 'restake.apiKey';

  // "#key=..." signs in (on load or on a later hash change) and is removed from the address at once.
  function captureKey() {
    const fromHash = /[#&]key=([A-Za-z0-9_\-]+)/.exec(location.hash);
    if (!fromHash) return false;
    localStorage.setItem(KEY, fromHash[1]);
    history.replaceState(null, '', location.pathname + '#/scenarios');
    return true;
  }

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status; this.problem = problem || {};
    }
  }

  async function call(method, path, body) {
    const headers = { 'X-Api-Key': localStorage.getItem(KEY) || '' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const type = r.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await r.json() : await r.text();
    if (!r.ok) throw new ApiError(r.status, typeof data === 'object' ? data : null);
    return data;
  }

  window.Api = {
    ApiError,
    captureKey,
    hasKey: () => !!localStorage.getItem(KEY),
    setKey: k => localStorage.setItem(KEY, k.trim()),
    clearKey: () => localStorage.removeItem(KEY),
    get: p => call('GET', p),
    post: (p, b) => call('POST', p, b === undefined ? {} : b),
    put: (p, b) => call('PUT', p, b),
    del: p => call('DELETE', p),
  };
})();
