/**
 * A tiny element builder. Text goes in as text nodes only; attributes through setAttribute, and never
 * `style` or an `on…` handler (the reports' Content-Security-Policy forbids both, and survey text must never
 * become markup).
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(element: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'style' || /^on/i.test(name)) throw new Error(`refusing to set the attribute ${name}`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? doc.createTextNode(String(child)) : child);
  }
}

export type Builder = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: (Child | readonly Child[])[]
) => HTMLElementTagNameMap[K];

export function builder(doc: Document): Builder {
  return (tag, attrs, ...children) => {
    const element = doc.createElement(tag);
    setAttrs(element, attrs);
    append(element, children);
    return element;
  };
}

/** A horizontal bar (SVG: its width is an attribute, not a style) showing `percent`; hidden from assistive tech. */
export function bar(doc: Document, percent: number, className = 'rsc-bar'): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  setAttrs(svg, { class: className, viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
  const track = doc.createElementNS(SVG_NS, 'rect');
  setAttrs(track, { class: 'rsc-bar-track', x: 0, y: 0, width: 100, height: 8, rx: 4 });
  const fill = doc.createElementNS(SVG_NS, 'rect');
  setAttrs(fill, { class: 'rsc-bar-fill', x: 0, y: 0, width: Math.max(0, Math.min(100, percent)), height: 8, rx: 4 });
  svg.append(track, fill);
  return svg;
}
