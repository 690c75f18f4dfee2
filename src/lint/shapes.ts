/**
 * Horizontal line shapes, the other way offices draw the rules under the Tiêu ngữ, the agency name and the
 * trích yếu: DrawingML (wp:inline / wp:anchor holding a line or connector) and VML (v:line, or a connector
 * v:shape of zero height). Only what a rule check needs is read: length, solidity and, when the file states
 * it, where the line's centre is.
 */
import { attr, child, childElements, descendants, type XmlElement } from './xml.js';

const EMU_PER_MM = 36_000;
const MM_PER_PT = 25.4 / 72;

export interface LineShape {
  lengthMm: number;
  solid: boolean;
  /** Centre of the line from the left edge of `relativeTo`, when the position is stated. */
  centreMm?: number;
  /** What the position is measured from (column, margin, page, character, inline). */
  relativeTo: string;
  /** True when the file centres the shape (wp:align center / mso-position-horizontal:center). */
  centred: boolean;
}

const LINE_GEOMETRIES = new Set(['line', 'straightConnector1']);
/** A shape this flat (or thinner) is a line, whatever its geometry says. */
const MAX_LINE_HEIGHT_MM = 1;

function drawingLine(container: XmlElement): LineShape | undefined {
  const extent = child(container, 'wp:extent');
  const cx = Number(attr(extent, 'cx') ?? NaN);
  const cy = Number(attr(extent, 'cy') ?? NaN);
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return undefined;
  const shapes = [...descendants(container, 'wps:wsp'), ...descendants(container, 'a:cxnSp')];
  const spPr = shapes.map((s) => child(s, 'wps:spPr') ?? child(s, 'a:spPr')).find((p) => p !== undefined);
  if (!spPr) return undefined;
  const geometry = attr(child(spPr, 'a:prstGeom'), 'prst');
  const flat = cy / EMU_PER_MM <= MAX_LINE_HEIGHT_MM;
  const rotation = Number(attr(child(spPr, 'a:xfrm'), 'rot') ?? 0);
  const horizontal = flat && (rotation % 10_800_000 === 0 || !Number.isFinite(rotation));
  if (!horizontal || !(geometry === undefined || LINE_GEOMETRIES.has(geometry) || geometry === 'rect'))
    return undefined;
  const ln = child(spPr, 'a:ln');
  if (ln && child(ln, 'a:noFill')) return undefined;
  const dash = attr(child(ln, 'a:prstDash'), 'val') ?? 'solid';
  const lengthMm = cx / EMU_PER_MM;
  if (container.name === 'wp:inline')
    return { lengthMm, solid: dash === 'solid', relativeTo: 'inline', centred: false };
  const positionH = child(container, 'wp:positionH');
  const align = child(positionH, 'wp:align');
  const offset = Number(child(positionH, 'wp:posOffset')?.children.join('') ?? NaN);
  const shape: LineShape = {
    lengthMm,
    solid: dash === 'solid',
    relativeTo: attr(positionH, 'relativeFrom') ?? 'column',
    centred: align?.children.join('').trim() === 'center',
  };
  if (Number.isFinite(offset)) shape.centreMm = offset / EMU_PER_MM + lengthMm / 2;
  return shape;
}

/** A VML length ("120pt", "2.5cm", "90px", "1in", or a bare number of pixels) in millimetres. */
export function vmlLengthMm(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(-?[\d.]+)\s*(pt|cm|mm|in|px|emu)?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  switch (m[2]) {
    case 'cm':
      return n * 10;
    case 'mm':
      return n;
    case 'in':
      return n * 25.4;
    case 'emu':
      return n / EMU_PER_MM;
    case 'pt':
      return n * MM_PER_PT;
    default:
      return n * 0.75 * MM_PER_PT; // px at 96 dpi
  }
}

function vmlStyle(el: XmlElement): Map<string, string> {
  const style = new Map<string, string>();
  for (const part of (attr(el, 'style') ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) style.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
  }
  return style;
}

function vmlPoint(value: string | undefined): [number, number] | undefined {
  const parts = (value ?? '').split(',');
  const x = vmlLengthMm(parts[0]);
  const y = vmlLengthMm(parts[1] ?? '0');
  return x === undefined || y === undefined ? undefined : [x, y];
}

function vmlLine(el: XmlElement): LineShape | undefined {
  const style = vmlStyle(el);
  const stroke = child(el, 'v:stroke');
  const dash = attr(stroke, 'dashstyle') ?? 'solid';
  if (attr(el, 'stroked') === 'f' || attr(el, 'stroked') === 'false') return undefined;
  const relativeTo = style.get('mso-position-horizontal-relative') ?? 'column';
  const centred = style.get('mso-position-horizontal') === 'center';
  let lengthMm: number | undefined;
  let leftMm: number | undefined;
  if (el.name === 'v:line') {
    const from = vmlPoint(attr(el, 'from') ?? '0,0');
    const to = vmlPoint(attr(el, 'to') ?? '0,0');
    if (!from || !to || Math.abs(to[1] - from[1]) > MAX_LINE_HEIGHT_MM) return undefined;
    lengthMm = Math.abs(to[0] - from[0]);
    leftMm = Math.min(from[0], to[0]) + (vmlLengthMm(style.get('margin-left')) ?? 0);
  } else {
    const width = vmlLengthMm(style.get('width'));
    const height = vmlLengthMm(style.get('height')) ?? 0;
    if (width === undefined || height > MAX_LINE_HEIGHT_MM) return undefined;
    lengthMm = width;
    leftMm = vmlLengthMm(style.get('margin-left') ?? style.get('left'));
  }
  const shape: LineShape = { lengthMm, solid: dash === 'solid', relativeTo, centred };
  if (leftMm !== undefined && style.get('position') === 'absolute') shape.centreMm = leftMm + lengthMm / 2;
  return shape;
}

/** Line shapes inside one run-level element (w:drawing, w:pict, mc:AlternateContent, w:object). */
export function lineShapesIn(el: XmlElement): LineShape[] {
  if (el.name === 'mc:AlternateContent') {
    // Either branch draws the same shape; DrawingML (the Choice) is the more precise.
    const choice = child(el, 'mc:Choice');
    const fromChoice = choice ? childElements(choice).flatMap(lineShapesIn) : [];
    if (fromChoice.length > 0) return fromChoice;
    const fallback = child(el, 'mc:Fallback');
    return fallback ? childElements(fallback).flatMap(lineShapesIn) : [];
  }
  const out: LineShape[] = [];
  for (const container of [...descendants(el, 'wp:inline'), ...descendants(el, 'wp:anchor')]) {
    const line = drawingLine(container);
    if (line) out.push(line);
  }
  for (const name of ['v:line', 'v:shape', 'v:rect']) {
    for (const shape of descendants(el, name)) {
      if (name === 'v:rect' && !/^0(\.0+)?(pt|px|mm|cm|in)?$/.test(vmlStyle(shape).get('height') ?? 'x'))
        continue;
      const line = vmlLine(shape);
      if (line) out.push(line);
    }
  }
  return out;
}
