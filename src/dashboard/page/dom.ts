/**
 * DOM helpers of the dashboard page. Data reaches the DOM only through `textContent` and attributes
 * (never `innerHTML`), so log lines and task titles show as text whatever they contain.
 */

const SVGNS = 'http://www.w3.org/2000/svg';

/** An element of the page's own markup (index.html): missing means the page and script disagree. */
export function byId<T extends Element = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`dashboard page: #${id} is missing`);
  return element as unknown as T;
}

/** A descendant the script created itself (see the row builders): missing is a bug of the script. */
export function child<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`dashboard page: ${selector} is missing`);
  return element;
}

export function el(tag: string, cls?: string | null, text?: string | number | null): HTMLElement {
  const element = document.createElement(tag);
  if (cls) element.className = cls;
  if (text !== undefined && text !== null) element.textContent = String(text);
  return element;
}

export function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVGNS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** Sets the text of `[data-field=field]` under `root` when it changed; returns that element. */
export function setText(root: ParentNode, field: string, text: string | number): HTMLElement {
  const element = child(root, `[data-field="${field}"]`);
  if (element.textContent !== String(text)) element.textContent = String(text);
  return element;
}

export function removeChildren(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A chart of `values` scaled to `max`, drawn into a 90×22 `svg.spark`. */
export function sparkline(target: Element, values: readonly number[], max: number, cls: 'cpu' | 'mem'): void {
  const w = 90;
  const h = 22;
  removeChildren(target);
  if (!values.length) return;
  const top = Math.max(max, 1e-9);
  // The history fills the width; a single sample is drawn as a level line.
  const points = values.length === 1 ? [values[0], values[0]] : values;
  const step = w / (points.length - 1);
  const coords = points.map((value, i) => `${(i * step).toFixed(1)},${(h - 1 - Math.min(1, value / top) * (h - 2)).toFixed(1)}`);
  target.appendChild(svg('polygon', { points: `0.0,${h} ${coords.join(' ')} ${w},${h}`, class: `area-${cls}` }));
  target.appendChild(svg('polyline', { points: coords.join(' '), class: cls }));
}

export function newSpark(): SVGElement {
  return svg('svg', { class: 'spark', viewBox: '0 0 90 22', preserveAspectRatio: 'none' });
}

/** A wall-clock time: time of day for today, else the date too. */
export function formatTime(t: number): string {
  const d = new Date(t);
  if (d.toDateString() === new Date().toDateString()) return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return d.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
