// <warrant-map-graph>: an argument map drawn as boxes and arrows, claims on top.
//
// The server hands over a URL (`src`), not the map: the component fetches the map's JSON itself, so a large
// map never passes through Vaadin's UI state (which keeps each UI's last response in memory).
// Layout is d3-flextree's tidy tree (linear time, boxes of different heights); zoom and pan are d3-zoom.
// All text goes in through textContent-equivalent escaping; nothing from the map is parsed as HTML.
import { flextree } from 'd3-flextree';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { say } from './messages.js';

const BOX_WIDTH = 210;
/** A text whose first strong letter is right-to-left (Hebrew, Arabic script). */
const RTL_FIRST = /^[^A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LINE_HEIGHT = 16;
const MAX_LINES = 4;
const CHARS_PER_LINE = 30;
const GAP_X = 24;
const GAP_Y = 56;
const PAD = 10;
const MIN_READABLE = 0.6;
const LITE_BELOW = 0.3; // below this zoom, text is unreadable anyway: boxes are drawn without it


const STYLE = `
  :host { display: block; position: relative; overflow: hidden; background: var(--lumo-base-color, #fbfaf7); font: 13px/1.3 var(--lumo-font-family, sans-serif); }
  svg { width: 100%; height: 100%; display: block; cursor: grab; direction: ltr; } /* boxes are placed left to right in every UI language; a right-to-left text is set inside its box */
  svg:active { cursor: grabbing; }
  .box rect.card { fill: var(--lumo-base-color, #fff); stroke: var(--lumo-contrast-50pct, #9aa0aa); stroke-width: 1.2; }
  .box { cursor: pointer; }
  .box text { fill: var(--lumo-body-text-color, #1f2430); font-size: 12.5px; }
  .box text.role { font-size: 10px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; fill: var(--lumo-secondary-text-color, #5d6472); }
  .box.claim rect.card { fill: var(--lumo-primary-color-10pct, #eef3f9); stroke: var(--lumo-primary-color, #2d5b8a); stroke-width: 2; }
  .box.claim text.body { font-weight: 600; }
  .box.pro rect.card { stroke: var(--lumo-success-color, #2ea043); }
  .box.con rect.card { stroke: var(--lumo-error-color, #cf222e); }
  .box.pro text.role { fill: var(--lumo-success-text-color, #1f7a33); }
  .box.con text.role { fill: var(--lumo-error-text-color, #a4161f); }
  .box.evidence rect.card { fill: var(--lumo-base-color, #fffdf5); stroke-dasharray: 4 3; }
  .box.evidence text.body { font-style: italic; }
  .box.evidence text.quote-mark { font: 700 26px Georgia, serif; fill: var(--lumo-contrast-30pct, #c9b98a); }
  .box.selected rect.card { stroke: var(--lumo-primary-color, #2d5b8a); stroke-width: 3.5; filter: drop-shadow(0 2px 6px var(--lumo-primary-color-50pct, rgba(45,91,138,.35))); }
  .box.kbd rect.card { stroke: var(--lumo-body-text-color, #1a1a1a); stroke-width: 3; stroke-dasharray: 6 3; }
  svg:focus-visible { outline: 2px solid var(--lumo-primary-color, #2d5b8a); outline-offset: -2px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .group { fill: none; stroke: var(--lumo-success-color, #2ea043); stroke-width: 1.5; stroke-dasharray: 6 3; }
  .group.con { stroke: var(--lumo-error-color, #cf222e); }
  .group-label { font-size: 10px; font-weight: 600; fill: var(--lumo-success-text-color, #1f7a33); letter-spacing: .06em; text-transform: uppercase; }
  .link { fill: none; stroke-width: 1.6; }
  .link.pro { stroke: var(--lumo-success-color, #2ea043); }
  .link.con { stroke: var(--lumo-error-color, #cf222e); stroke-dasharray: 7 4; } /* against: dashed, not only red */
  .link.undercut { stroke-dasharray: 2 3; }
  .head.pro { fill: var(--lumo-success-color, #2ea043); }
  .head.con { fill: var(--lumo-base-color, #fff); stroke: var(--lumo-error-color, #cf222e); stroke-width: 1.5; }
  .bar.con { stroke: var(--lumo-error-color, #cf222e); stroke-width: 2; }
  .tools { position: absolute; right: 8px; top: 8px; display: flex; gap: 4px; }
  .tools button { font: 600 13px var(--lumo-font-family, sans-serif); min-width: 30px; height: 28px; border-radius: 6px;
    border: 1px solid var(--lumo-contrast-30pct, #c9cdd4); background: var(--lumo-base-color, #fff); color: var(--lumo-body-text-color, #1f2430); cursor: pointer; }
  .tools button:hover { border-color: var(--lumo-primary-color, #2d5b8a); }
  .status { position: absolute; left: 12px; top: 10px; color: var(--lumo-secondary-text-color, #5d6472); }
`;

function escapeXml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Breaks text into at most MAX_LINES lines of about CHARS_PER_LINE characters, with an ellipsis if cut. */
function wrap(text) {
  const words = text.split(/\s+/);
  const lines = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > CHARS_PER_LINE && line) {
      lines.push(line);
      line = word;
      if (lines.length === MAX_LINES) break;
    } else {
      line = next;
    }
  }
  if (lines.length < MAX_LINES && line) lines.push(line);
  const shown = lines.join(' ').length;
  if (shown < text.length) {
    const last = lines[lines.length - 1] || '';
    lines[lines.length - 1] = (last.length > CHARS_PER_LINE - 1 ? last.slice(0, CHARS_PER_LINE - 1) : last) + '…';
  }
  return lines.map((l) => (l.length > CHARS_PER_LINE + 8 ? l.slice(0, CHARS_PER_LINE + 7) + '…' : l));
}

class MapGraph extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'selected'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `<style>${STYLE}</style>
      <svg role="application" tabindex="0"><g class="viewport"></g></svg>
      <div class="status"></div>
      <div class="sr-only" aria-live="polite"></div>
      <div class="tools">
        <button type="button" data-act="in">+</button>
        <button type="button" data-act="out">−</button>
        <button type="button" data-act="fit"></button>
      </div>`;
    this.svg = this.shadowRoot.querySelector('svg');
    this.viewport = this.shadowRoot.querySelector('.viewport');
    this.status = this.shadowRoot.querySelector('.status');
    this.spoken = this.shadowRoot.querySelector('[aria-live]');
    this.svg.addEventListener('keydown', (e) => this.moveByKey(e));
    this.zoom = zoom().scaleExtent([0.03, 3]).on('zoom', (e) => {
      this.viewport.setAttribute('transform', e.transform);
      if (this.needsRender(e.transform)) this.requestRender();
    });
    select(this.svg).call(this.zoom).on('dblclick.zoom', null);
    this.shadowRoot.querySelector('.tools').addEventListener('click', (e) => this.tool(e.target.dataset.act));
    this.viewport.addEventListener('click', (e) => {
      const box = e.target.closest('.box');
      if (box) this.dispatchEvent(new CustomEvent('node-click', { detail: { id: Number(box.dataset.id) } }));
    });
    this.positions = new Map();
    this.loaded = null;
    // Drawn while hidden (a pane not shown on a small screen), the map was fitted into nothing: fit it when it appears.
    new ResizeObserver(([entry]) => {
      const shown = entry.contentRect.width > 0 && entry.contentRect.height > 0;
      if (shown && !this.wasShown && this.items) this.fit();
      this.wasShown = shown;
    }).observe(this);
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'src' && value) this.load(value);
    if (name === 'selected') this.markSelected(true);
  }

  /** The words it shows itself, in the user's language (see messages.js). */
  connectedCallback() {
    this.svg.setAttribute('aria-roledescription', say(this, 'graph.roledescription'));
    this.svg.setAttribute('aria-label', say(this, 'graph.label'));
    const label = (act, key, title) => {
      const button = this.shadowRoot.querySelector(`[data-act="${act}"]`);
      button.setAttribute('aria-label', say(this, title || key));
      button.title = say(this, title || key);
      return button;
    };
    label('in', 'graph.zoom-in');
    label('out', 'graph.zoom-out');
    label('fit', 'graph.fit', 'graph.fit-title').textContent = say(this, 'graph.fit');
  }

  async load(src) {
    const first = !this.loaded;
    if (first) this.status.textContent = say(this, 'graph.drawing');
    try {
      const response = await fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const map = await response.json();
      if (src !== this.getAttribute('src')) return; // a newer version was asked for meanwhile
      this.draw(map.nodes);
      this.status.textContent = map.nodes.length ? ''
        : say(this, 'graph.empty');
      this.loaded = src;
      if (first || this.wasEmpty) this.fit(); // the first boxes of a map that had none are shown whole
      this.wasEmpty = map.nodes.length === 0;
      this.render();
      // Pan to the selected box only when the selection is new: a redraw for someone else's edit leaves the view alone.
      this.markSelected(first || this.revealed !== this.getAttribute('selected'));
      this.setAttribute('data-nodes', map.nodes.length); // for tests and benchmarks: drawn, and how many
      this.dispatchEvent(new CustomEvent('graph-drawn', { detail: { nodes: map.nodes.length } }));
    } catch (error) {
      this.status.textContent = say(this, 'graph.failed');
      console.error('map graph', error);
    }
  }

  /** Lays the map out; only the part in view is put into the DOM (see render), so size costs little. */
  draw(list) {
    const byId = new Map(list.map((n) => [n.id, { ...n, children: [] }]));
    const roots = [];
    for (const n of byId.values()) {
      const parent = n.parent == null ? null : byId.get(n.parent);
      (parent ? parent.children : roots).push(n);
    }
    for (const n of byId.values()) {
      // Co-premises sit side by side so one box can hold them.
      n.children.sort((a, b) => groupKey(a) - groupKey(b) || a.position - b.position);
      n.lines = wrap(n.text);
      n.height = 26 + n.lines.length * LINE_HEIGHT + PAD;
    }
    // One layout for the whole forest: the claims hang from an invisible root.
    const layout = flextree({
      nodeSize: (d) => [BOX_WIDTH + GAP_X, d.data.height + GAP_Y],
      spacing: (a, b) => (a.parent === b.parent ? 0 : GAP_X),
    });
    const tree = layout.hierarchy({ id: -1, children: roots, height: 0, lines: [] }, (d) => d.children);
    layout(tree);
    this.positions.clear();
    this.items = [];
    const groups = new Map();
    tree.each((d) => {
      if (d.data.id === -1) return;
      const n = d.data;
      const parent = d.parent && d.parent.data.id !== -1 ? d.parent.data : null;
      const p = { x: d.x - BOX_WIDTH / 2, y: d.y - GAP_Y, w: BOX_WIDTH, h: n.height };
      this.positions.set(n.id, p);
      this.items.push({ n, parent, p });
      if (n.group != null && parent) {
        const key = `${parent.id}:${n.group}`;
        const g = groups.get(key) || { members: [], stance: n.stance };
        g.members.push(p);
        groups.set(key, g);
      }
    });
    this.groups = new Map();
    for (const [key, g] of groups) {
      const x1 = Math.min(...g.members.map((r) => r.x)) - 6;
      const x2 = Math.max(...g.members.map((r) => r.x + r.w)) + 6;
      const y1 = Math.min(...g.members.map((r) => r.y)) - 18;
      const y2 = Math.max(...g.members.map((r) => r.y + r.h)) + 6;
      this.groups.set(key, { x: x1, y: y1, w: x2 - x1, h: y2 - y1, stance: g.stance, count: g.members.length });
    }
    // Arrows go from each reply up to what it answers; a group sends one arrow; an undercut aims at the arrow.
    this.links = [];
    const drawnGroups = new Set();
    for (const { n, parent } of this.items) {
      if (!parent) continue;
      let from = this.positions.get(n.id);
      if (n.group != null) {
        const key = `${parent.id}:${n.group}`;
        if (drawnGroups.has(key)) continue;
        drawnGroups.add(key);
        from = this.groups.get(key);
      }
      const to = this.positions.get(parent.id);
      const sx = from.x + from.w / 2;
      const sy = from.y;
      let tx = to.x + to.w / 2;
      let ty = to.y + to.h;
      const grand = parent.parent == null ? null : this.positions.get(parent.parent);
      if (n.undercut && grand) {
        // The target is the middle of the arrow from the attacked reason to what it supports.
        tx = (to.x + to.w / 2 + grand.x + grand.w / 2) / 2 + 0.5;
        ty = (to.y + grand.y + grand.h) / 2;
      }
      this.links.push({ sx, sy, tx, ty, stance: n.stance === 'CON' ? 'con' : 'pro', undercut: n.undercut });
    }
    this.bounds = this.items.length ? extent(this.positions) : null;
    this.rendered = null;
    // For the keys: each box's parent, replies and siblings, in the order drawn.
    this.nav = new Map();
    const claims = this.items.filter((i) => !i.parent).map((i) => i.n.id);
    for (const { n, parent } of this.items) {
      this.nav.set(n.id, { n, parent: parent ? parent.id : null, replies: n.children.map((c) => c.id), siblings: parent ? parent.children.map((c) => c.id) : claims });
    }
    if (this.kbd != null && !this.nav.has(this.kbd)) this.kbd = null;
  }

  /** Arrow keys walk the map box by box; Enter selects the box in the outline (the way a click does). */
  moveByKey(e) {
    if (!this.nav || !this.nav.size || e.altKey || e.ctrlKey || e.metaKey) return;
    const selected = Number(this.getAttribute('selected'));
    const first = this.items[0].n.id;
    const at = this.nav.get(this.kbd ?? (this.nav.has(selected) ? selected : first));
    const i = at.siblings.indexOf(at.n.id);
    const to = {
      ArrowUp: at.parent, ArrowDown: at.replies[0], ArrowLeft: at.siblings[i - 1], ArrowRight: at.siblings[i + 1], Home: first,
    }[e.key];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('node-click', { detail: { id: at.n.id } }));
      return;
    }
    if (!(e.key in { ArrowUp: 1, ArrowDown: 1, ArrowLeft: 1, ArrowRight: 1, Home: 1 })) return;
    e.preventDefault();
    if (to == null) {
      this.spoken.textContent = say(this, { ArrowUp: 'graph.top', ArrowDown: 'graph.no-replies', ArrowLeft: 'graph.first', ArrowRight: 'graph.last' }[e.key]);
      return;
    }
    this.kbd = to;
    const n = this.nav.get(to).n;
    this.reveal(this.positions.get(to));
    this.render();
    const replies = this.nav.get(to).replies.length;
    this.spoken.textContent = `${say(this, `node-role.${n.role}`)}: ${n.text}${replies ? ` (${say(this, replies === 1 ? 'graph.reply' : 'graph.replies', replies)})` : ''}`;
  }

  /** The part of the map in view, in map coordinates, with a margin around it. */
  visibleArea(t, margin) {
    const { width, height } = this.svg.getBoundingClientRect();
    const x = -t.x / t.k;
    const y = -t.y / t.k;
    const w = width / t.k;
    const h = height / t.k;
    return { x: x - w * margin, y: y - h * margin, w: w * (1 + 2 * margin), h: h * (1 + 2 * margin), lite: t.k < LITE_BELOW };
  }

  needsRender(t) {
    if (!this.items) return false;
    const want = this.visibleArea(t, 0);
    const had = this.rendered;
    return !had || had.lite !== want.lite || want.x < had.x || want.y < had.y
      || want.x + want.w > had.x + had.w || want.y + want.h > had.y + had.h;
  }

  requestRender() {
    if (this.renderPending) return;
    this.renderPending = true;
    requestAnimationFrame(() => {
      this.renderPending = false;
      if (this.needsRender(this.currentTransform())) this.render();
    });
  }

  /** Puts the boxes, groups and arrows in and near the view into the DOM; far zoomed out, boxes without text. */
  render() {
    if (!this.items) return;
    const area = this.visibleArea(this.currentTransform(), 0.5);
    const inArea = (r) => r.x < area.x + area.w && r.x + r.w > area.x && r.y < area.y + area.h && r.y + r.h > area.y;
    const selected = Number(this.getAttribute('selected'));
    const parts = [];
    for (const g of this.groups.values()) {
      if (!inArea(g)) continue;
      parts.push(`<rect class="group ${g.stance === 'CON' ? 'con' : ''}" x="${g.x}" y="${g.y}" width="${g.w}" height="${g.h}" rx="10"></rect>`);
      if (!area.lite) parts.push(`<text class="group-label" x="${g.x + 8}" y="${g.y + 12}">${escapeXml(say(this, 'graph.linked', g.count))}</text>`);
    }
    for (const l of this.links) {
      const r = { x: Math.min(l.sx, l.tx), y: Math.min(l.sy, l.ty), w: Math.abs(l.sx - l.tx) + 1, h: Math.abs(l.sy - l.ty) + 1 };
      if (!inArea(r)) continue;
      const midY = (l.sy + l.ty) / 2;
      parts.push(`<path class="link ${l.stance}${l.undercut ? ' undercut' : ''}" marker-end="url(#arrow-${l.stance})" `
        + `d="M${l.sx},${l.sy} C${l.sx},${midY} ${l.tx},${midY} ${l.tx},${l.ty + 4}"></path>`);
    }
    for (const { n, p } of this.items) {
      if (inArea(p)) parts.push(box(this, n, p.x, p.y, area.lite, n.id === selected, n.id === this.kbd));
    }
    // Arrowheads tell the stance by shape too: for, a filled head; against, an open head with a bar.
    const defs = '<defs><marker id="arrow-pro" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
      + '<path class="head pro" d="M0,0 L10,5 L0,10 z"></path></marker>'
      + '<marker id="arrow-con" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
      + '<path class="head con" d="M0,0 L10,5 L0,10 z"></path><path class="bar con" d="M0,1 L0,9"></path></marker></defs>';
    this.viewport.innerHTML = defs + parts.join('');
    this.rendered = area;
  }

  markSelected(scroll) {
    const id = this.getAttribute('selected');
    this.viewport.querySelectorAll('.box.selected').forEach((b) => b.classList.remove('selected'));
    if (!id) return;
    const box = this.viewport.querySelector(`.box[data-id="${CSS.escape(id)}"]`);
    if (box) box.classList.add('selected');
    if (scroll) {
      this.reveal(this.positions.get(Number(id)));
      this.revealed = id;
    }
  }

  /** Pans (never zooms) so that the box is in view, if it is not already. */
  reveal(p) {
    if (!p) return;
    const t = this.currentTransform();
    const { width, height } = this.svg.getBoundingClientRect();
    const left = t.applyX(p.x);
    const top = t.applyY(p.y);
    const inView = left >= 0 && top >= 0 && left + p.w * t.k <= width && top + p.h * t.k <= height;
    if (!inView) {
      const to = zoomIdentity.translate(width / 2 - (p.x + p.w / 2) * t.k, height / 2 - (p.y + p.h / 2) * t.k).scale(t.k);
      select(this.svg).call(this.zoom.transform, to);
    }
  }

  currentTransform() {
    return this.svg.__zoom || zoomIdentity;
  }

  fit() {
    const { width, height } = this.svg.getBoundingClientRect();
    if (!this.bounds || !width || !height) return;
    const b = this.bounds;
    const k = Math.min(1.2, 0.92 * Math.min(width / b.w, height / b.h));
    let to = zoomIdentity.translate(width / 2 - (b.x + b.w / 2) * k, height / 2 - (b.y + b.h / 2) * k).scale(k);
    if (k < MIN_READABLE && !this.fitWhole) {
      // Too small to read: show the top of the map at a readable size, centred on the first claim.
      const claim = this.positions.values().next().value;
      to = zoomIdentity.translate(width / 2 - (claim.x + claim.w / 2) * MIN_READABLE, 24 - b.y * MIN_READABLE).scale(MIN_READABLE);
    }
    this.fitWhole = false;
    select(this.svg).call(this.zoom.transform, to);
  }

  tool(act) {
    if (act === 'in') select(this.svg).call(this.zoom.scaleBy, 1.3);
    if (act === 'out') select(this.svg).call(this.zoom.scaleBy, 1 / 1.3);
    if (act === 'fit') {
      this.fitWhole = true; // the button means the whole map, however small
      this.fit();
    }
  }
}

function groupKey(n) {
  return n.group == null ? Number.MAX_SAFE_INTEGER : n.group;
}

function extent(positions) {
  let x1 = Infinity; let y1 = Infinity; let x2 = -Infinity; let y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x); y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x + p.w); y2 = Math.max(y2, p.y + p.h);
  }
  return { x: x1 - 20, y: y1 - 30, w: x2 - x1 + 40, h: y2 - y1 + 50 };
}

function box(graph, n, x, y, lite, selected, keyed) {
  const kind = n.kind.toLowerCase();
  const stance = n.kind === 'CLAIM' ? '' : n.stance === 'CON' ? 'con' : 'pro';
  const cls = `box ${kind} ${stance}${selected ? ' selected' : ''}${keyed ? ' kbd' : ''}`;
  if (lite) {
    return `<g class="${cls}" data-id="${n.id}"><rect class="card" x="${x}" y="${y}" width="${BOX_WIDTH}" height="${n.height}" rx="8"></rect></g>`;
  }
  const role = say(graph, `node-role.${n.role}`); // the server's NodeRole, named as the outline names it
  const cites = (n.passages ? ` · ${say(graph, n.passages === 1 ? 'graph.passage' : 'graph.passages', n.passages)}` : '')
    + (n.articles ? ` · ${n.articles}` : ''); // which of the map's articles, by the letters of the reader's tabs
  const textX = x + PAD + (n.kind === 'EVIDENCE' ? 12 : 0);
  // A right-to-left text (Persian, Arabic) starts at the box's right edge and runs leftwards.
  const rtl = RTL_FIRST.test(n.text);
  const lineX = rtl ? x + BOX_WIDTH - PAD : textX;
  const align = rtl ? ' text-anchor="start" direction="rtl"' : '';
  const lines = n.lines.map((l, i) => `<tspan x="${lineX}" y="${y + 34 + i * LINE_HEIGHT}"${align}>${escapeXml(l)}</tspan>`).join('');
  // No role of its own: the svg (role=application) takes the keys and speaks the box reached (moveByKey); a box
  // named apart from the words it shows would tell a screen reader something else than the eye sees.
  return `<g class="${cls}" data-id="${n.id}">`
    + `<title>${escapeXml(`${role}: ${n.text}`)}</title>`
    + `<rect class="card" x="${x}" y="${y}" width="${BOX_WIDTH}" height="${n.height}" rx="8"></rect>`
    + (n.kind === 'EVIDENCE' ? `<text class="quote-mark" x="${x + 5}" y="${y + 44}">“</text>` : '')
    + `<text class="role" x="${x + PAD}" y="${y + 16}">${escapeXml(role + cites)}</text>`
    + `<text class="body">${lines}</text></g>`;
}

customElements.define('warrant-map-graph', MapGraph);
