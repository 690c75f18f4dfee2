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
  /** Vertical offset from the anchor paragraph's top, mm, when the file states it relative to the paragraph. */
  offsetVMm?: number;
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
  const positionV = child(container, 'wp:positionV');
  const offsetV = Number(child(positionV, 'wp:posOffset')?.children.join('') ?? NaN);
  if (attr(positionV, 'relativeFrom') === 'paragraph' && Number.isFinite(offsetV))
    shape.offsetVMm = offsetV / EMU_PER_MM;
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
  const verticalTo = style.get('mso-position-vertical-relative') ?? 'paragraph';
  const topMm =
    el.name === 'v:line'
      ? (vmlPoint(attr(el, 'from') ?? '0,0')?.[1] ?? 0) + (vmlLengthMm(style.get('margin-top')) ?? 0)
      : vmlLengthMm(style.get('margin-top') ?? style.get('top'));
  if (
    style.get('position') === 'absolute' &&
    topMm !== undefined &&
    ['paragraph', 'line', 'text'].includes(verticalTo)
  )
    shape.offsetVMm = topMm;
  return shape;
}

/** A stray connector this short (often 0 wide) draws nothing a reader sees as a rule. */
const MIN_RULE_MM = 2;

/** Line shapes inside one run-level element (w:drawing, w:pict, mc:AlternateContent, w:object). */
export function lineShapesIn(el: XmlElement): LineShape[] {
  return allLineShapesIn(el).filter((s) => s.lengthMm >= MIN_RULE_MM);
}

function allLineShapesIn(el: XmlElement): LineShape[] {
  if (el.name === 'mc:AlternateContent') {
    // Either branch draws the same shape; DrawingML (the Choice) is the more precise.
    const choice = child(el, 'mc:Choice');
    const fromChoice = choice ? childElements(choice).flatMap(allLineShapesIn) : [];
    if (fromChoice.length > 0) return fromChoice;
    const fallback = child(el, 'mc:Fallback');
    return fallback ? childElements(fallback).flatMap(allLineShapesIn) : [];
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

/** The box a text box draws: its size, its outline and, when the file says, where it stands. */
export interface BoxFrame {
  widthMm?: number;
  heightMm?: number;
  /** The outline; undefined when the box has none. */
  outline?: { solid: boolean; double: boolean; colour?: string };
  /** Shape geometry (rect, roundRect, ellipse …) when stated. */
  geometry?: string;
  relativeTo: string;
  centred: boolean;
  /** Horizontal alignment stated by the file (left, center, right). */
  align?: string;
  /** Centre of the box from the left edge of `relativeTo`, when the position is stated. */
  centreMm?: number;
}

export interface TextBox {
  content: XmlElement;
  frame: BoxFrame;
}

function drawingPosition(container: XmlElement, widthMm: number | undefined): Partial<BoxFrame> {
  if (container.name === 'wp:inline') return { relativeTo: 'inline', centred: false };
  const positionH = child(container, 'wp:positionH');
  const align = child(positionH, 'wp:align')?.children.join('').trim();
  const offset = Number(child(positionH, 'wp:posOffset')?.children.join('') ?? NaN);
  const out: Partial<BoxFrame> = {
    relativeTo: attr(positionH, 'relativeFrom') ?? 'column',
    centred: align === 'center',
  };
  if (align) out.align = align;
  if (Number.isFinite(offset) && widthMm !== undefined) out.centreMm = offset / EMU_PER_MM + widthMm / 2;
  return out;
}

/** The outline of a DrawingML shape: a:ln, or the theme line its style refers to. */
function drawingOutline(spPr: XmlElement | undefined, style: XmlElement | undefined): BoxFrame['outline'] {
  const ln = child(spPr, 'a:ln');
  if (ln && child(ln, 'a:noFill')) return undefined;
  if (!ln) {
    const lnRef = Number(attr(child(style, 'a:lnRef'), 'idx') ?? 0);
    return lnRef > 0 ? { solid: true, double: false } : undefined;
  }
  const dash = attr(child(ln, 'a:prstDash'), 'val') ?? 'solid';
  const compound = attr(ln, 'cmpd') ?? 'sng';
  const outline: NonNullable<BoxFrame['outline']> = { solid: dash === 'solid', double: compound !== 'sng' };
  const colour = attr(child(child(ln, 'a:solidFill'), 'a:srgbClr'), 'val');
  if (colour) outline.colour = colour.toUpperCase();
  return outline;
}

function drawingTextBoxes(container: XmlElement, out: TextBox[]): void {
  const extent = child(container, 'wp:extent');
  const cx = Number(attr(extent, 'cx') ?? NaN);
  const cy = Number(attr(extent, 'cy') ?? NaN);
  for (const wsp of descendants(container, 'wps:wsp')) {
    const content = descendants(wsp, 'w:txbxContent')[0];
    if (!content) continue;
    const spPr = child(wsp, 'wps:spPr');
    const ext = child(child(spPr, 'a:xfrm'), 'a:ext');
    const w = Number(attr(ext, 'cx') ?? cx);
    const h = Number(attr(ext, 'cy') ?? cy);
    const widthMm = Number.isFinite(w) ? w / EMU_PER_MM : undefined;
    const frame: BoxFrame = { relativeTo: 'column', centred: false, ...drawingPosition(container, widthMm) };
    if (widthMm !== undefined) frame.widthMm = widthMm;
    if (Number.isFinite(h)) frame.heightMm = h / EMU_PER_MM;
    const outline = drawingOutline(spPr, child(wsp, 'wps:style'));
    if (outline) frame.outline = outline;
    const geometry = attr(child(spPr, 'a:prstGeom'), 'prst');
    if (geometry) frame.geometry = geometry;
    out.push({ content, frame });
  }
}

const VML_BOXES = new Set(['v:shape', 'v:rect', 'v:roundrect', 'v:oval']);

function vmlTextBox(el: XmlElement, out: TextBox[]): void {
  const content = descendants(el, 'w:txbxContent')[0];
  if (!content) return;
  const style = vmlStyle(el);
  const frame: BoxFrame = {
    relativeTo: style.get('mso-position-horizontal-relative') ?? 'column',
    centred: style.get('mso-position-horizontal') === 'center',
    geometry: el.name === 'v:oval' ? 'ellipse' : el.name === 'v:roundrect' ? 'roundRect' : 'rect',
  };
  const align = style.get('mso-position-horizontal');
  if (align) frame.align = align;
  const width = vmlLengthMm(style.get('width'));
  const height = vmlLengthMm(style.get('height'));
  if (width !== undefined) frame.widthMm = width;
  if (height !== undefined) frame.heightMm = height;
  const left = vmlLengthMm(style.get('margin-left') ?? style.get('left'));
  if (left !== undefined && width !== undefined && style.get('position') === 'absolute')
    frame.centreMm = left + width / 2;
  const stroked = attr(el, 'stroked');
  if (stroked !== 'f' && stroked !== 'false') {
    const stroke = child(el, 'v:stroke');
    const linestyle = attr(stroke, 'linestyle') ?? 'single';
    frame.outline = {
      solid: (attr(stroke, 'dashstyle') ?? 'solid') === 'solid',
      double: linestyle !== 'single',
    };
    const colour = attr(el, 'strokecolor');
    if (colour && /^#[0-9a-f]{6}$/i.test(colour)) frame.outline.colour = colour.slice(1).toUpperCase();
  }
  out.push({ content, frame });
}

/** Text boxes inside one run-level element, each with the box it draws; one branch of mc:AlternateContent. */
export function textBoxesIn(el: XmlElement, out: TextBox[] = []): TextBox[] {
  if (el.name === 'mc:AlternateContent') {
    const branch = child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
    if (branch) textBoxesIn(branch, out);
    return out;
  }
  if (el.name === 'wp:anchor' || el.name === 'wp:inline') {
    drawingTextBoxes(el, out);
    return out;
  }
  if (VML_BOXES.has(el.name)) {
    vmlTextBox(el, out);
    return out;
  }
  for (const c of childElements(el)) textBoxesIn(c, out);
  return out;
}

/** A picture placed in the text: which relationship holds its bytes, its size and where it stands. */
export interface PictureRef {
  relId: string;
  widthMm?: number;
  heightMm?: number;
  relativeTo: string;
  /** Left edge from `relativeTo`, when stated. */
  leftMm?: number;
}

function drawingPictures(container: XmlElement, out: PictureRef[]): void {
  const extent = child(container, 'wp:extent');
  const cx = Number(attr(extent, 'cx') ?? NaN);
  const cy = Number(attr(extent, 'cy') ?? NaN);
  const widthMm = Number.isFinite(cx) ? cx / EMU_PER_MM : undefined;
  const position = drawingPosition(container, widthMm);
  for (const blip of descendants(container, 'a:blip')) {
    const relId = attr(blip, 'r:embed');
    if (!relId) continue;
    const pic: PictureRef = { relId, relativeTo: position.relativeTo ?? 'column' };
    if (widthMm !== undefined) pic.widthMm = widthMm;
    if (Number.isFinite(cy)) pic.heightMm = cy / EMU_PER_MM;
    if (position.centreMm !== undefined && widthMm !== undefined)
      pic.leftMm = position.centreMm - widthMm / 2;
    out.push(pic);
  }
}

/** Pictures inside one run-level element (DrawingML blips, VML image data). */
export function picturesIn(el: XmlElement, out: PictureRef[] = []): PictureRef[] {
  if (el.name === 'mc:AlternateContent') {
    const branch = child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
    if (branch) picturesIn(branch, out);
    return out;
  }
  if (el.name === 'wp:anchor' || el.name === 'wp:inline') {
    drawingPictures(el, out);
    return out;
  }
  if (el.name === 'v:imagedata') {
    const relId = attr(el, 'r:id');
    if (relId) out.push({ relId, relativeTo: 'column' });
    return out;
  }
  if (VML_BOXES.has(el.name) && !descendants(el, 'v:imagedata').length) return out;
  if (VML_BOXES.has(el.name)) {
    const style = vmlStyle(el);
    for (const data of descendants(el, 'v:imagedata')) {
      const relId = attr(data, 'r:id');
      if (!relId) continue;
      const pic: PictureRef = {
        relId,
        relativeTo: style.get('mso-position-horizontal-relative') ?? 'column',
      };
      const w = vmlLengthMm(style.get('width'));
      const h = vmlLengthMm(style.get('height'));
      const left = vmlLengthMm(style.get('margin-left') ?? style.get('left'));
      if (w !== undefined) pic.widthMm = w;
      if (h !== undefined) pic.heightMm = h;
      if (left !== undefined && style.get('position') === 'absolute') pic.leftMm = left;
      out.push(pic);
    }
    return out;
  }
  for (const c of childElements(el)) picturesIn(c, out);
  return out;
}
