// Plain SVG charts: loss histogram, fan chart, yield stack, loss CDF comparison.
(function () {
  const NS = 'http://www.w3.org/2000/svg';
  const COLORS = ['#5b8def', '#e67e22', '#27ae60', '#8e44ad', '#c0392b', '#16a085', '#d35400', '#2c3e50'];

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (parent) parent.appendChild(e);
    return e;
  }

  function text(parent, x, y, s, anchor) {
    const t = el('text', { x, y, 'text-anchor': anchor || 'start' }, parent);
    t.textContent = s;
    return t;
  }

  function frame(name, width, height) {
    return el('svg', { class: 'chart', 'data-chart': name, width, height, viewBox: `0 0 ${width} ${height}` });
  }

  const pct = v => (v * 100).toFixed(v !== 0 && Math.abs(v) < 0.001 ? 4 : 2) + '%';

  function histogram(h, opts) {
    const W = 520, H = 220, L = 44, B = 30, T = 10;
    const svg = frame('loss-distribution', W, H);
    const max = Math.max(1, ...h.counts);
    const bw = (W - L - 10) / h.counts.length;
    h.counts.forEach((c, i) => {
      const bh = (H - B - T) * c / max;
      el('rect', { class: 'hist-bar', x: L + i * bw, y: H - B - bh, width: Math.max(1, bw - 1), height: bh, fill: '#c0392b' }, svg)
        .appendChild(el('title', {})).textContent = `${c} paths`;
    });
    el('line', { x1: L, y1: H - B, x2: W - 10, y2: H - B, stroke: '#888' }, svg);
    text(svg, L, H - 12, pct(h.min));
    text(svg, W - 10, H - 12, pct(h.max), 'end');
    text(svg, (W + L) / 2, H - 2, (opts && opts.label) || 'loss', 'middle');
    text(svg, L - 4, T + 8, String(max), 'end');
    text(svg, L - 4, H - B, '0', 'end');
    return svg;
  }

  function scale(d0, d1, r0, r1) {
    const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
    return v => r0 + (v - d0) * k;
  }

  function fan(f) {
    const W = 520, H = 220, L = 50, B = 30, T = 10, R = 10;
    const svg = frame('fan', W, H);
    const q = f.quantiles;
    const all = Object.values(q).flat();
    const x = scale(f.steps[0], f.steps[f.steps.length - 1], L, W - R);
    const y = scale(Math.min(...all), Math.max(...all), H - B, T);
    const band = (lo, hi, fill, cls) => {
      const up = f.steps.map((s, i) => `${x(s)},${y(q[hi][i])}`);
      const down = f.steps.map((s, i) => `${x(s)},${y(q[lo][i])}`).reverse();
      el('path', { class: cls, d: 'M' + up.concat(down).join('L') + 'Z', fill, stroke: 'none' }, svg);
    };
    band('p05', 'p95', '#c9d7f8', 'band band-outer');
    band('p25', 'p75', '#8fb0f2', 'band band-inner');
    el('path', { class: 'median', d: 'M' + f.steps.map((s, i) => `${x(s)},${y(q.p50[i])}`).join('L'), fill: 'none', stroke: '#1d3f8f', 'stroke-width': 2 }, svg);
    el('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#888' }, svg);
    text(svg, L - 4, T + 8, Math.max(...all).toFixed(4), 'end');
    text(svg, L - 4, H - B, Math.min(...all).toFixed(4), 'end');
    text(svg, L, H - 12, String(f.steps[0]));
    text(svg, W - R, H - 12, String(f.steps[f.steps.length - 1]), 'end');
    text(svg, (W + L) / 2, H - 2, f.label + ' (bands: 5–95 % and 25–75 %, line: median)', 'middle');
    return svg;
  }

  function yieldStack(layers) {
    const W = 520, H = 90, L = 10, R = 10;
    const svg = frame('yield-stack', W, H);
    const pos = layers.filter(l => l.mean >= 0), neg = layers.filter(l => l.mean < 0);
    const total = pos.reduce((a, l) => a + l.mean, 0) - neg.reduce((a, l) => a + l.mean, 0) || 1;
    let xPos = L;
    layers.forEach((l, i) => {
      const w = (W - L - R) * Math.abs(l.mean) / total;
      const r = el('rect', { class: 'segment', x: xPos, y: 16, width: Math.max(1, w), height: 30, fill: COLORS[i % COLORS.length] }, svg);
      el('title', {}, r).textContent = `${l.layer}: ${pct(l.mean)}`;
      if (w > 60) text(svg, xPos + 4, 36, `${l.layer} ${pct(l.mean)}`).setAttribute('fill', '#fff');
      xPos += w;
    });
    const net = layers.reduce((a, l) => a + l.mean, 0);
    text(svg, L, 70, `net ${pct(net)} (${layers.length} layer${layers.length === 1 ? '' : 's'})`);
    return svg;
  }

  function cdf(series) {
    const W = 520, H = 240, L = 44, B = 30, T = 10, R = 10;
    const svg = frame('loss-cdf', W, H);
    const lo = Math.min(...series.map(s => s.hist.min)), hi = Math.max(...series.map(s => s.hist.max));
    const x = scale(lo, hi, L, W - R), y = scale(0, 1, H - B, T);
    series.forEach((s, k) => {
      const h = s.hist, n = h.counts.reduce((a, c) => a + c, 0) || 1, w = (h.max - h.min) / h.counts.length;
      let acc = 0;
      const pts = [`${x(h.min)},${y(0)}`];
      h.counts.forEach((c, i) => { acc += c; pts.push(`${x(h.min + (i + 1) * w)},${y(acc / n)}`); });
      el('path', { class: 'cdf-line', d: 'M' + pts.join('L'), fill: 'none', stroke: COLORS[k % COLORS.length], 'stroke-width': 2 }, svg);
    });
    el('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#888' }, svg);
    text(svg, L, H - 12, pct(lo)); text(svg, W - R, H - 12, pct(hi), 'end');
    text(svg, L - 4, T + 8, '1', 'end'); text(svg, L - 4, H - B, '0', 'end');
    text(svg, (W + L) / 2, H - 2, 'loss (cumulative share of paths)', 'middle');
    return svg;
  }

  function legend(names) {
    const d = document.createElement('div');
    d.className = 'legend';
    names.forEach((n, i) => {
      const s = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = COLORS[i % COLORS.length];
      s.append(swatch, n);
      d.appendChild(s);
    });
    return d;
  }

  window.Charts = { histogram, fan, yieldStack, cdf, legend, pct };
})();
