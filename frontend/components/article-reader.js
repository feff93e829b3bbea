// <warrant-article-reader>: one article of a map, with the passages the map cites highlighted by stance.
//
// Like the map graph, it fetches its content (`src`) itself, so a long article never sits in the UI state
// Vaadin keeps for each open editor. It renders into its light DOM, so the page's styles and the browser's
// text selection work as on any page; every piece of text goes in as a text node, never as HTML.
// Each paragraph's <p> carries data-start, its offset in the article, so a selection maps back to offsets.

import { say } from './messages.js';

class ArticleReader extends HTMLElement {
  static get observedAttributes() {
    return ['src'];
  }

  connectedCallback() {
    // Keyboard selection (issue 17): the reader takes focus, and keys move a selection by sentence and word.
    this.tabIndex = 0;
    this.setAttribute('role', 'document');
    this.setAttribute('aria-label', say(this, 'reader.keys-label'));
    this.addEventListener('keydown', (e) => this.selectByKey(e));
    this.addEventListener('click', (e) => {
      const mark = e.target.closest('.highlight');
      if (!mark || !this.contains(mark)) return;
      const start = Number(mark.dataset.start);
      const end = Number(mark.dataset.end);
      // Every citation overlapping the clicked passage, so overlapping passages are all reported.
      const ids = (this.highlights || []).filter((h) => h.start < end && start < h.end).map((h) => h.citation);
      this.dispatchEvent(new CustomEvent('highlight-click', { detail: { citations: ids.join(',') } }));
    });
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'src' && value) this.load(value);
  }

  async load(src) {
    try {
      const response = await fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const article = await response.json();
      if (src !== this.getAttribute('src')) return; // a newer version was asked for meanwhile
      if (this.selecting()) {
        this.drawWhenSelectionEnds(src, article); // redrawing now would take away the words the user is selecting
        return;
      }
      this.draw(article);
    } catch (error) {
      this.replaceChildren(message(say(this, 'reader.load-failed')));
      console.error('article reader', error);
    }
  }

  /** Whether the user has words of this article selected (to quote them). */
  selecting() {
    const selection = document.getSelection();
    return !!selection && !selection.isCollapsed && this.contains(selection.anchorNode);
  }

  drawWhenSelectionEnds(src, article) {
    this.waiting = { src, article };
    if (this.onSelectionChange) return;
    this.onSelectionChange = () => {
      if (this.selecting()) return;
      document.removeEventListener('selectionchange', this.onSelectionChange);
      this.onSelectionChange = null;
      if (this.waiting.src === this.getAttribute('src')) this.draw(this.waiting.article);
    };
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  clearSelection() {
    this.keyed = null;
    if (this.selecting()) document.getSelection().removeAllRanges();
  }

  draw(article) {
    const scroller = this.closest('.map-reader') || this;
    const keep = this.loadedArticle === article.id ? scroller.scrollTop : 0;
    if (article.language) this.setAttribute('lang', article.language); // screen readers and fonts follow the text's language
    else this.removeAttribute('lang');
    this.render(article);
    scroller.scrollTop = keep; // a redraw after an edit keeps the reader where it was
    this.loadedArticle = article.id;
    this.setAttribute('data-highlights', article.highlights.length); // for tests: drawn, with how many
    this.dispatchEvent(new CustomEvent('article-drawn'));
  }

  render(article) {
    this.highlights = article.highlights;
    this.blocks = article.blocks.filter((b) => !b.heading);
    this.keyed = null;
    const sorted = [...article.highlights].sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [element('h2', article.title)];
    for (const block of article.blocks) {
      if (block.heading) {
        out.push(element('h3', block.text));
      } else {
        out.push(paragraph(block, sorted));
      }
    }
    this.replaceChildren(...out);
  }

  /** The keys of keyboard selection; anything else keeps its usual meaning (arrows scroll, Tab moves on). */
  selectByKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey || !this.blocks || !this.blocks.length) return;
    const current = this.keyed || this.selection();
    let next = null;
    if (e.code === 'BracketRight' && !e.shiftKey) next = sentenceAfter(this.blocks, current ? current[1] : -1);
    else if (e.code === 'BracketLeft' && !e.shiftKey) next = sentenceBefore(this.blocks, current ? current[0] : Infinity);
    else if (e.key === 'Escape' && current) next = [];
    else if (e.shiftKey && current) {
      const [start, end] = current;
      if (e.key === 'ArrowDown') next = [start, (sentenceAfter(this.blocks, end) || [0, end])[1]];
      else if (e.key === 'ArrowUp') next = [start, Math.max(firstEnd(sentenceEnds(this.blocks), start), lastBefore(sentenceEnds(this.blocks), end))];
      else if (e.key === 'ArrowRight') next = [start, (wordAfter(this.blocks, end) || [0, end])[1]];
      else if (e.key === 'ArrowLeft') next = [start, Math.max(firstEnd(wordEnds(this.blocks), start), lastBefore(wordEnds(this.blocks), end))];
    } else if (e.shiftKey && ['ArrowDown', 'ArrowRight'].includes(e.key)) {
      next = sentenceAfter(this.blocks, -1);
    }
    if (next === null) return;
    e.preventDefault();
    this.select(next);
  }

  /** Selects [start, end) of the article in the page, as if by mouse, and says what was selected. */
  select(range) {
    const sel = window.getSelection();
    sel.removeAllRanges();
    this.keyed = range.length ? range : null;
    if (!range.length) return this.say(say(this, 'reader.selection-cleared'));
    const from = this.point(range[0]);
    const to = this.point(range[1]);
    if (!from || !to) return;
    const r = document.createRange();
    r.setStart(from.node, from.offset);
    r.setEnd(to.node, to.offset);
    sel.addRange(r);
    (from.node.parentElement || this).scrollIntoView({ block: 'nearest' });
    this.say(say(this, 'reader.selected', r.toString()));
  }

  /** The text node and offset in it of an article offset, inside its paragraph. */
  point(offset) {
    for (const p of this.querySelectorAll('p[data-start]')) {
      let at = Number(p.dataset.start);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (offset <= at + node.length) return { node, offset: offset - at };
        at += node.length;
      }
    }
    return null;
  }

  /** Tells screen readers, through a live region, what the keys just selected. */
  say(text) {
    if (!this.live || !this.contains(this.live)) {
      this.live = element('div', null, 'sr-only');
      this.live.setAttribute('aria-live', 'polite');
      this.append(this.live);
    }
    this.live.textContent = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  }

  /** Scrolls to a citation's passage and flashes it. */
  reveal(citationId) {
    const mark = this.querySelector(`.highlight[data-citations~="${Number(citationId)}"]`);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.classList.add('flash');
    setTimeout(() => mark.classList.remove('flash'), 1200);
  }

  /** The browser's selection inside this article as [start, end) offsets, or null. */
  selection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const offset = (node, off) => {
      const el = (node.nodeType === 1 ? node : node.parentElement).closest('[data-start]');
      if (!el || !this.contains(el)) return null;
      const r = document.createRange();
      r.setStart(el, 0);
      r.setEnd(node, off);
      return Number(el.dataset.start) + r.toString().length;
    };
    const start = offset(range.startContainer, range.startOffset);
    const end = offset(range.endContainer, range.endOffset);
    return start === null || end === null ? null : [start, end];
  }
}

/** Every sentence of the paragraphs as [start, end) article offsets: up to . ! ? or … and any closing quote or bracket. */
function sentences(blocks) {
  const out = [];
  for (const b of blocks) {
    const pattern = /[^\s][^]*?(?:[.!?…]+["'”’)\]]*(?=\s|$)|$)/gu;
    for (const m of b.text.matchAll(pattern)) {
      if (m[0].trim()) out.push([b.start + m.index, b.start + m.index + m[0].trimEnd().length]);
    }
  }
  return out;
}

function words(blocks) {
  const out = [];
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\S+/gu)) out.push([b.start + m.index, b.start + m.index + m[0].length]);
  }
  return out;
}

function sentenceAfter(blocks, offset) {
  return sentences(blocks).find(([start]) => start >= offset) || null;
}

function sentenceBefore(blocks, offset) {
  return sentences(blocks).filter(([, end]) => end <= offset).pop() || null;
}

function wordAfter(blocks, offset) {
  return words(blocks).find(([, end]) => end > offset) || null;
}

const sentenceEnds = (blocks) => sentences(blocks).map(([, end]) => end);
const wordEnds = (blocks) => words(blocks).map(([, end]) => end);

/** The last end before this offset; the selection never shrinks past its first unit. */
function lastBefore(ends, offset) {
  return ends.filter((e) => e < offset).pop() ?? offset;
}

function firstEnd(ends, start) {
  return ends.find((e) => e > start) ?? start;
}

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text != null) {
    el.textContent = text;
    el.dir = 'auto'; // article text in any script reads in its own direction
  }
  if (className) el.className = className;
  return el;
}

function message(text) {
  return element('p', text, 'reader-message');
}

/** A paragraph with its cited passages marked; where passages overlap, the earlier one wins the overlap. */
function paragraph(block, highlights) {
  const p = element('p');
  p.dir = 'auto';
  p.dataset.start = block.start;
  let at = block.start;
  const text = (from, to) => document.createTextNode(block.text.slice(from - block.start, to - block.start));
  for (const h of highlights) {
    const start = Math.max(h.start, at);
    const end = Math.min(h.end, block.end);
    if (end <= start) continue;
    if (start > at) p.append(text(at, start));
    const mark = element('span', null, `highlight highlight-${h.stance === 'CON' ? 'con' : 'pro'}`);
    mark.append(text(start, end));
    mark.dataset.start = start;
    mark.dataset.end = end;
    mark.dataset.citations = highlights.filter((o) => o.start < end && start < o.end).map((o) => o.citation).join(' ');
    mark.title = h.node;
    p.append(mark);
    at = end;
  }
  if (at < block.end) p.append(text(at, block.end));
  const number = element('span', String(block.number), 'paragraph-number');
  const row = element('div', null, 'article-paragraph');
  row.id = block.anchor;
  row.append(number, p);
  return row;
}

customElements.define('warrant-article-reader', ArticleReader);
