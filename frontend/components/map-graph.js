// <warrant-map-graph>: an argument map drawn as boxes and arrows, claims on top.
//
// The server hands over a URL (`src`), not the map: the component fetches the map's JSON itself, so a large
// map never passes through Vaadin's UI state (which keeps each UI's last response in memory).
// Layout is d3-flextree's tidy tree (linear time, boxes of different heights); zoom and pan are d3-zoom.
// All text goes in through textContent-equivalent escaping; nothing from the map is parsed as HTML.
import { flextree } from 'd3-flextree';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';

const BOX_WIDTH = 210;
const LINE_HEIGHT = 16;
const MAX_LINES = 4;
const CHARS_PER_LINE = 30;
const GAP_X = 24;
const GAP_Y = 56;
const PAD = 10;
const MIN_READABLE = 0.6;

const ROLE_LABEL = { CLAIM: 'Claim', PREMISE: 'Premise', OBJECTION: 'Objection', EVIDENCE: 'Evidence' };

const STYLE = `
  :host { display: block; position: relative; overflow: hidden; background: #fbfaf7; font: 13px/1.3 var(--lumo-font-family, sans-serif); }
  svg { width: 100%; height: 100%; display: block; cursor: grab; }
  svg:active { cursor: grabbing; }
  .box rect.card { fill: #fff; stroke: #9aa0aa; stroke-width: 1.2; }
  .box { cursor: pointer; }
  .box text { fill: #1f2430; font-size: 12.5px; }
  .box text.role { font-size: 10px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; fill: #5d6472; }
  .box.claim rect.card { fill: #eef3f9; stroke: #2d5b8a; stroke-width: 2; }
  .box.claim text.body { font-weight: 600; }
  .box.pro rect.card { stroke: #2ea043; }
  .box.con rect.card { stroke: #cf222e; }
  .box.pro text.role { fill: #1f7a33; }
  .box.con text.role { fill: #a4161f; }
  .box.evidence rect.card { fill: #fffdf5; stroke-dasharray: 4 3; }
  .box.evidence text.body { font-style: italic; }
  .box.evidence text.quote-mark { font: 700 26px Georgia, serif; fill: #c9b98a; }
  .box.selected rect.card { stroke: #2d5b8a; stroke-width: 3.5; filter: drop-shadow(0 2px 6px rgba(45,91,138,.35)); }
  .group { fill: none; stroke: #2ea043; stroke-width: 1.5; stroke-dasharray: 6 3; }
  .group.con { stroke: #cf222e; }
  .group-label { font-size: 10px; font-weight: 600; fill: #1f7a33; letter-spacing: .06em; text-transform: uppercase; }
  .link { fill: none; stroke-width: 1.6; }
  .link.pro { stroke: #2ea043; }
  .link.con { stroke: #cf222e; }
  .link.undercut { stroke-dasharray: 5 3; }
  .tools { position: absolute; right: 8px; top: 8px; display: flex; gap: 4px; }
  .tools button { font: 600 13px var(--lumo-font-family, sans-serif); min-width: 30px; height: 28px; border-radius: 6px;
    border: 1px solid #c9cdd4; background: #fff; color: #1f2430; cursor: pointer; }
  .tools button:hover { border-color: #2d5b8a; }
  .status { position: absolute; left: 12px; top: 10px; color: #5d6472; }
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

function roleOf(node, parent) {
  if (node.kind === 'OBJECTION') {
    if (node.undercut) return 'Undercut';
    if (parent && parent.kind === 'OBJECTION') return 'Rebuttal';
  }
  if (node.kind === 'PREMISE' && node.group != null) return 'Co-premise';
  if (node.kind === 'EVIDENCE') return node.stance === 'CON' ? 'Evidence against' : 'Evidence';
  return ROLE_LABEL[node.kind];
}

class MapGraph extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'selected'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `<style>${STYLE}</style>
      <svg role="img" aria-label="Argument map diagram"><g class="viewport"></g></svg>
      <div class="status"></div>
      <div class="tools">
        <button type="button" data-act="in" title="Zoom in" aria-label="Zoom in">+</button>
        <button type="button" data-act="out" title="Zoom out" aria-label="Zoom out">−</button>
        <button type="button" data-act="fit" title="Fit to screen" aria-label="Fit to screen">Fit</button>
      </div>`;
    this.svg = this.shadowRoot.querySelector('svg');
    this.viewport = this.shadowRoot.querySelector('.viewport');
    this.status = this.shadowRoot.querySelector('.status');
    this.zoom = zoom().scaleExtent([0.03, 3]).on('zoom', (e) => this.viewport.setAttribute('transform', e.transform));
    select(this.svg).call(this.zoom).on('dblclick.zoom', null);
    this.shadowRoot.querySelector('.tools').addEventListener('click', (e) => this.tool(e.target.dataset.act));
    this.viewport.addEventListener('click', (e) => {
      const box = e.target.closest('.box');
      if (box) this.dispatchEvent(new CustomEvent('node-click', { detail: { id: Number(box.dataset.id) } }));
    });
    this.positions = new Map();
    this.loaded = null;
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'src' && value) this.load(value);
    if (name === 'selected') this.markSelected(true);
  }

  async load(src) {
    const first = !this.loaded;
    if (first) this.status.textContent = 'Drawing the map…';
    try {
      const response = await fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const map = await response.json();
      if (src !== this.getAttribute('src')) return; // a newer version was asked for meanwhile
      this.draw(map.nodes);
      this.status.textContent = map.nodes.length ? '' : 'No nodes yet: add a claim in the outline.';
      this.loaded = src;
      if (first) this.fit();
      this.markSelected(false);
      this.dispatchEvent(new CustomEvent('graph-drawn', { detail: { nodes: map.nodes.length } }));
    } catch (error) {
      this.status.textContent = 'The diagram could not be loaded. Reload the page to try again.';
      console.error('map graph', error);
    }
  }

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
    const forest = { id: -1, children: roots, height: 0, lines: [] };
    const layout = flextree({
      nodeSize: (d) => [BOX_WIDTH + GAP_X, d.data.height + GAP_Y],
      spacing: (a, b) => (a.parent === b.parent ? 0 : GAP_X),
    });
    const tree = layout.hierarchy(forest, (d) => d.children);
    layout(tree);
    const parts = [];
    const links = [];
    const groups = new Map();
    this.positions.clear();
    tree.each((d) => {
      if (d.data.id === -1) return;
      const n = d.data;
      const x = d.x - BOX_WIDTH / 2;
      const y = d.y - GAP_Y; // the invisible root takes the first row
      this.positions.set(n.id, { x, y, w: BOX_WIDTH, h: n.height });
      if (n.group != null && d.parent) {
        const key = `${d.parent.data.id}:${n.group}`;
        const g = groups.get(key) || { members: [], stance: n.stance };
        g.members.push(n.id);
        groups.set(key, g);
      }
      parts.push(box(n, d.parent && d.parent.data.id !== -1 ? d.parent.data : null, x, y));
    });
    // Arrows go from each reply up to what it answers; a group sends one arrow; an undercut aims at the arrow.
    const groupBox = new Map();
    for (const [key, g] of groups) {
      const rects = g.members.map((id) => this.positions.get(id));
      const x1 = Math.min(...rects.map((r) => r.x)) - 6;
      const x2 = Math.max(...rects.map((r) => r.x + r.w)) + 6;
      const y1 = Math.min(...rects.map((r) => r.y)) - 18;
      const y2 = Math.max(...rects.map((r) => r.y + r.h)) + 6;
      groupBox.set(key, { x: x1, y: y1, w: x2 - x1, h: y2 - y1 });
      parts.unshift(`<rect class="group ${g.stance === 'CON' ? 'con' : ''}" x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" rx="10"></rect>`
        + `<text class="group-label" x="${x1 + 8}" y="${y1 + 12}">Linked reason · ${g.members.length} co-premises</text>`);
    }
    const drawnGroups = new Set();
    tree.each((d) => {
      const n = d.data;
      if (n.id === -1 || !d.parent || d.parent.data.id === -1) return;
      const parent = this.positions.get(d.parent.data.id);
      let from = this.positions.get(n.id);
      if (n.group != null) {
        const key = `${d.parent.data.id}:${n.group}`;
        if (drawnGroups.has(key)) return;
        drawnGroups.add(key);
        from = groupBox.get(key);
      }
      const sx = from.x + from.w / 2;
      const sy = from.y;
      let tx = parent.x + parent.w / 2;
      let ty = parent.y + parent.h;
      if (n.undercut && d.parent.parent && d.parent.parent.data.id !== -1) {
        // The target is the middle of the arrow from the attacked reason to its claim.
        const reason = parent;
        const claim = this.positions.get(d.parent.parent.data.id);
        tx = (reason.x + reason.w / 2 + claim.x + claim.w / 2) / 2 + 0.5;
        ty = (reason.y + claim.y + claim.h) / 2;
      }
      const stance = n.stance === 'CON' ? 'con' : 'pro';
      const midY = (sy + ty) / 2;
      links.push(`<path class="link ${stance}${n.undercut ? ' undercut' : ''}" marker-end="url(#arrow-${stance})" `
        + `d="M${sx},${sy} C${sx},${midY} ${tx},${midY} ${tx},${ty + 4}"></path>`);
    });
    const defs = `<defs>${['pro', 'con'].map((s) => `<marker id="arrow-${s}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s === 'pro' ? '#2ea043' : '#cf222e'}"></path></marker>`).join('')}</defs>`;
    this.viewport.innerHTML = defs + links.join('') + parts.join('');
    this.bounds = tree.descendants().length > 1 ? extent(this.positions) : null;
  }

  markSelected(scroll) {
    const id = this.getAttribute('selected');
    this.viewport.querySelectorAll('.box.selected').forEach((b) => b.classList.remove('selected'));
    if (!id) return;
    const box = this.viewport.querySelector(`.box[data-id="${CSS.escape(id)}"]`);
    if (!box) return;
    box.classList.add('selected');
    if (scroll) this.reveal(this.positions.get(Number(id)));
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

function box(n, parent, x, y) {
  const kind = n.kind.toLowerCase();
  const stance = n.kind === 'CLAIM' ? '' : n.stance === 'CON' ? 'con' : 'pro';
  const role = roleOf(n, parent);
  const cites = n.passages ? ` · ${n.passages} passage${n.passages === 1 ? '' : 's'}` : '';
  const textX = x + PAD + (n.kind === 'EVIDENCE' ? 12 : 0);
  const lines = n.lines.map((l, i) => `<tspan x="${textX}" y="${y + 34 + i * LINE_HEIGHT}">${escapeXml(l)}</tspan>`).join('');
  return `<g class="box ${kind} ${stance}" data-id="${n.id}" role="button" aria-label="${escapeXml(`${role}: ${n.text}`)}">`
    + `<title>${escapeXml(n.text)}</title>`
    + `<rect class="card" x="${x}" y="${y}" width="${BOX_WIDTH}" height="${n.height}" rx="8"></rect>`
    + (n.kind === 'EVIDENCE' ? `<text class="quote-mark" x="${x + 5}" y="${y + 44}">“</text>` : '')
    + `<text class="role" x="${x + PAD}" y="${y + 16}">${escapeXml(role + cites)}</text>`
    + `<text class="body">${lines}</text></g>`;
}

customElements.define('warrant-map-graph', MapGraph);
