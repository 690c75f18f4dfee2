/**
 * Effective formatting, resolved the way Word resolves it: document defaults, then the table style, the
 * paragraph style and its basedOn chain, the character style and its chain, then direct formatting.
 * Theme fonts (asciiTheme="minorHAnsi") are looked up in the theme part. Bold, italic and caps are
 * toggle properties: set in both the paragraph and the character style they cancel out, as in Word.
 */
import { attr, child, children, type XmlElement } from './xml.js';

export interface Border {
  /** w:val: single, double, dashed, dotted, thick, none … */
  style: string;
  /** Line width in eighths of a point (w:sz). */
  sizeEighths: number;
  color: string;
}

export interface RunProps {
  /** Font names per script slot, after theme lookup; undefined when no level sets it. */
  fonts: { ascii?: string; hAnsi?: string; eastAsia?: string; cs?: string };
  /** Size in half-points (w:sz); OOXML's default is 10 pt. */
  sizeHalfPt: number;
  bold: boolean;
  italic: boolean;
  caps: boolean;
  smallCaps: boolean;
  hidden: boolean;
  /** 'auto' or six hex digits, upper case. */
  color: string;
  /** w:u value when underlined, undefined otherwise. */
  underline?: string;
  complexScript: boolean;
  /** w:vertAlign superscript/subscript: printed smaller; `sizeHalfPt` already holds the printed size. */
  vertAlign?: 'superscript' | 'subscript';
  /** Character spacing (w:spacing), twips added after each character; negative when condensed. */
  spacingTw: number;
}

/** Word prints superscript and subscript at about two thirds of the set size. */
const VERT_ALIGN_SCALE = 2 / 3;

export interface TabStop {
  /** Position in twips from the paragraph's left indent origin (the text margin). */
  pos: number;
  kind: string;
}

export interface ParaProps {
  styleId?: string;
  /** left | center | right | both | distribute … ('start'/'end' folded into left/right). */
  jc: string;
  indLeft: number;
  indRight: number;
  /** First-line indent in twips; negative for a hanging indent. */
  firstLine: number;
  before: number;
  after: number;
  beforeAuto: boolean;
  afterAuto: boolean;
  /** w:line; undefined means single. */
  line?: number;
  lineRule: string;
  contextualSpacing: boolean;
  borderTop?: Border;
  borderBottom?: Border;
  borderLeft?: Border;
  borderRight?: Border;
  /** w:pageBreakBefore: the paragraph starts a new page. */
  pageBreakBefore: boolean;
  tabs: TabStop[];
  numbered: boolean;
  /** The list the paragraph belongs to (w:numPr, direct or from its style), and its level. */
  numId?: string;
  ilvl?: number;
}

interface StyleDef {
  type: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
  isDefault: boolean;
}

export interface ThemeFonts {
  major: { latin?: string; ea?: string; cs?: string };
  minor: { latin?: string; ea?: string; cs?: string };
  /** Scheme colour name (dk1, accent1 …) → RGB hex. */
  colors: Map<string, string>;
}

const MAX_CHAIN = 32;

function num(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : undefined;
}

/** w:b, w:b w:val="true|1|on" → true; w:val="false|0|off" → false; absent → undefined. */
function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'w:val');
  return v === undefined || !['false', '0', 'off', 'none'].includes(v);
}

export function readThemeFonts(theme: XmlElement | undefined): ThemeFonts {
  const fonts: ThemeFonts = { major: {}, minor: {}, colors: new Map() };
  if (!theme) return fonts;
  const elements = child(theme, 'a:themeElements');
  const scheme = child(elements, 'a:fontScheme');
  for (const key of ['major', 'minor'] as const) {
    const f = child(scheme, key === 'major' ? 'a:majorFont' : 'a:minorFont');
    fonts[key] = {
      latin: attr(child(f, 'a:latin'), 'typeface'),
      ea: attr(child(f, 'a:ea'), 'typeface'),
      cs: attr(child(f, 'a:cs'), 'typeface'),
    };
  }
  const clr = child(elements, 'a:clrScheme');
  for (const c of clr?.children ?? []) {
    if (typeof c === 'string') continue;
    const srgb = child(c, 'a:srgbClr');
    const sys = child(c, 'a:sysClr');
    const value = attr(srgb, 'val') ?? attr(sys, 'lastClr');
    if (value) fonts.colors.set(c.name.replace(/^a:/, ''), value.toUpperCase());
  }
  return fonts;
}

const THEME_COLOR_ALIASES: Record<string, string> = {
  text1: 'dk1',
  text2: 'dk2',
  background1: 'lt1',
  background2: 'lt2',
  dark1: 'dk1',
  dark2: 'dk2',
  light1: 'lt1',
  light2: 'lt2',
  hyperlink: 'hlink',
  followedHyperlink: 'folHlink',
};

export const DEFAULT_RUN: RunProps = {
  fonts: {},
  sizeHalfPt: 20,
  bold: false,
  italic: false,
  caps: false,
  smallCaps: false,
  hidden: false,
  color: 'auto',
  complexScript: false,
  spacingTw: 0,
};

export const DEFAULT_PARA: ParaProps = {
  jc: 'left',
  indLeft: 0,
  indRight: 0,
  firstLine: 0,
  before: 0,
  after: 0,
  beforeAuto: false,
  afterAuto: false,
  lineRule: 'auto',
  contextualSpacing: false,
  pageBreakBefore: false,
  tabs: [],
  numbered: false,
};

type Toggle = 'bold' | 'italic' | 'caps' | 'smallCaps' | 'hidden';
const TOGGLES: Array<[string, Toggle]> = [
  ['w:b', 'bold'],
  ['w:i', 'italic'],
  ['w:caps', 'caps'],
  ['w:smallCaps', 'smallCaps'],
  ['w:vanish', 'hidden'],
];

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaultRPr?: XmlElement;
  private readonly defaultPPr?: XmlElement;
  readonly defaultParagraphStyle?: string;

  constructor(
    styles: XmlElement | undefined,
    readonly theme: ThemeFonts,
  ) {
    const defaults = child(styles, 'w:docDefaults');
    this.defaultRPr = child(child(defaults, 'w:rPrDefault'), 'w:rPr');
    this.defaultPPr = child(child(defaults, 'w:pPrDefault'), 'w:pPr');
    for (const s of children(styles, 'w:style')) {
      const id = attr(s, 'w:styleId');
      if (!id) continue;
      const def: StyleDef = {
        type: attr(s, 'w:type') ?? 'paragraph',
        basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
        pPr: child(s, 'w:pPr'),
        rPr: child(s, 'w:rPr'),
        isDefault: onOff(child(s, 'w:default')) === true || attr(s, 'w:default') === '1',
      };
      this.styles.set(id, def);
      if (def.type === 'paragraph' && def.isDefault && !this.defaultParagraphStyle)
        this.defaultParagraphStyle = id;
    }
  }

  /** The style and its ancestors, root first; cycles and absurd depths are cut. */
  chain(id: string | undefined, type: string): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let current = id;
    while (current !== undefined && !seen.has(current) && out.length < MAX_CHAIN) {
      seen.add(current);
      const def = this.styles.get(current);
      if (!def || def.type !== type) break;
      out.unshift(def);
      current = def.basedOn;
    }
    return out;
  }

  hasStyle(id: string): boolean {
    return this.styles.has(id);
  }

  /** Effective run properties; `paraStyle` is the paragraph's style id (or the default paragraph style). */
  /** Run properties the styles give, by table, paragraph and character style: computed once each. */
  private readonly styledRuns = new Map<string, RunProps>();

  runProps(opts: { paraStyle?: string; tableStyle?: string; rPr?: XmlElement }): RunProps {
    const charStyle = attr(child(opts.rPr, 'w:rStyle'), 'w:val');
    const key = `${opts.tableStyle ?? ''}\u0000${opts.paraStyle ?? ''}\u0000${charStyle ?? ''}`;
    let styled = this.styledRuns.get(key);
    if (!styled) {
      styled = this.styledRunProps(opts.paraStyle, opts.tableStyle, charStyle);
      this.styledRuns.set(key, styled);
    }
    const props: RunProps = { ...styled, fonts: { ...styled.fonts } };
    this.applyRun(props, opts.rPr, false);
    // A reader sees the printed size: a subscript "Loan" set at 14 pt prints at about 9 pt.
    if (props.vertAlign) props.sizeHalfPt = Math.round(props.sizeHalfPt * VERT_ALIGN_SCALE);
    return props;
  }

  private styledRunProps(
    paraStyle: string | undefined,
    tableStyle: string | undefined,
    charStyle: string | undefined,
  ): RunProps {
    const opts = { paraStyle, tableStyle };
    const props: RunProps = { ...DEFAULT_RUN, fonts: {} };
    this.applyRun(props, this.defaultRPr, false);
    for (const s of this.chain(opts.tableStyle, 'table')) this.applyRun(props, s.rPr, false);
    // Toggle properties: each style chain gives one value; two chains that both set it cancel out.
    const toggles = new Map<Toggle, boolean>();
    const paraChain = this.chain(opts.paraStyle ?? this.defaultParagraphStyle, 'paragraph');
    const charChain = this.chain(charStyle, 'character');
    for (const chain of [paraChain, charChain]) {
      const chainToggles = new Map<Toggle, boolean>();
      for (const s of chain) {
        this.applyRun(props, s.rPr, true);
        for (const [tag, key] of TOGGLES) {
          const v = onOff(child(s.rPr, tag));
          if (v !== undefined) chainToggles.set(key, v);
        }
      }
      for (const [key, v] of chainToggles) toggles.set(key, toggles.has(key) ? toggles.get(key) !== v : v);
    }
    for (const [key, v] of toggles) props[key] = v;
    return props;
  }

  private applyRun(props: RunProps, rPr: XmlElement | undefined, skipToggles: boolean): void {
    if (!rPr) return;
    const fonts = child(rPr, 'w:rFonts');
    if (fonts) {
      const slots = [
        ['ascii', 'w:ascii', 'w:asciiTheme'],
        ['hAnsi', 'w:hAnsi', 'w:hAnsiTheme'],
        ['eastAsia', 'w:eastAsia', 'w:eastAsiaTheme'],
        ['cs', 'w:cs', 'w:cstheme'],
      ] as const;
      for (const [slot, name, theme] of slots) {
        const themed = this.themeFont(attr(fonts, theme));
        const value = themed ?? attr(fonts, name);
        if (value !== undefined) props.fonts[slot] = value;
      }
    }
    const sz = num(attr(child(rPr, 'w:sz'), 'w:val'));
    if (sz !== undefined && sz > 0) props.sizeHalfPt = sz;
    if (!skipToggles) {
      for (const [tag, key] of TOGGLES) {
        const v = onOff(child(rPr, tag));
        if (v !== undefined) props[key] = v;
      }
    }
    const color = child(rPr, 'w:color');
    if (color) props.color = this.colorOf(color) ?? props.color;
    const u = child(rPr, 'w:u');
    if (u) {
      const val = attr(u, 'w:val') ?? 'single';
      props.underline = val === 'none' ? undefined : val;
    }
    const vert = attr(child(rPr, 'w:vertAlign'), 'w:val');
    if (vert === 'superscript' || vert === 'subscript') props.vertAlign = vert;
    else if (vert === 'baseline') delete props.vertAlign;
    const spacing = num(attr(child(rPr, 'w:spacing'), 'w:val'));
    if (spacing !== undefined && Math.abs(spacing) < 2000) props.spacingTw = spacing;
    const cs = onOff(child(rPr, 'w:cs')) ?? onOff(child(rPr, 'w:rtl'));
    if (cs !== undefined) props.complexScript = cs;
  }

  private themeFont(theme: string | undefined): string | undefined {
    if (!theme) return undefined;
    const group = theme.startsWith('major') ? this.theme.major : this.theme.minor;
    if (/EastAsia$/.test(theme)) return group.ea ?? group.latin;
    if (/Bidi$/.test(theme)) return group.cs ?? group.latin;
    return group.latin;
  }

  private colorOf(color: XmlElement): string | undefined {
    const themeColor = attr(color, 'w:themeColor');
    if (themeColor) {
      const key = THEME_COLOR_ALIASES[themeColor] ?? themeColor;
      const rgb = this.theme.colors.get(key);
      // A tint or shade lightens or darkens the theme colour; the written w:val already holds the result.
      const shaded = attr(color, 'w:themeTint') !== undefined || attr(color, 'w:themeShade') !== undefined;
      if (rgb && !shaded) return rgb;
    }
    const val = attr(color, 'w:val');
    return val === undefined ? undefined : val.toLowerCase() === 'auto' ? 'auto' : val.toUpperCase();
  }

  paraProps(opts: { pPr?: XmlElement; tableStyle?: string }): ParaProps {
    const props: ParaProps = { ...DEFAULT_PARA, tabs: [] };
    this.applyPara(props, this.defaultPPr);
    for (const s of this.chain(opts.tableStyle, 'table')) this.applyPara(props, s.pPr);
    const styleId = attr(child(opts.pPr, 'w:pStyle'), 'w:val') ?? this.defaultParagraphStyle;
    const chain = this.chain(styleId, 'paragraph');
    for (const s of chain) this.applyPara(props, s.pPr);
    this.applyPara(props, opts.pPr);
    if (styleId !== undefined) props.styleId = styleId;
    props.tabs.sort((a, b) => a.pos - b.pos);
    return props;
  }

  private applyPara(props: ParaProps, pPr: XmlElement | undefined): void {
    if (!pPr) return;
    const jc = attr(child(pPr, 'w:jc'), 'w:val');
    if (jc) props.jc = jc === 'start' ? 'left' : jc === 'end' ? 'right' : jc;
    const ind = child(pPr, 'w:ind');
    if (ind) {
      const left = num(attr(ind, 'w:left') ?? attr(ind, 'w:start'));
      const right = num(attr(ind, 'w:right') ?? attr(ind, 'w:end'));
      const first = num(attr(ind, 'w:firstLine'));
      const hanging = num(attr(ind, 'w:hanging'));
      if (left !== undefined) props.indLeft = left;
      if (right !== undefined) props.indRight = right;
      if (hanging !== undefined) props.firstLine = -hanging;
      else if (first !== undefined) props.firstLine = first;
    }
    const spacing = child(pPr, 'w:spacing');
    if (spacing) {
      const before = num(attr(spacing, 'w:before'));
      const after = num(attr(spacing, 'w:after'));
      const line = num(attr(spacing, 'w:line'));
      const beforeLines = num(attr(spacing, 'w:beforeLines'));
      const afterLines = num(attr(spacing, 'w:afterLines'));
      // beforeLines/afterLines are hundredths of a line and win over before/after; a line ≈ 12 pt here.
      if (beforeLines !== undefined) props.before = (beforeLines / 100) * 240;
      else if (before !== undefined) props.before = before;
      if (afterLines !== undefined) props.after = (afterLines / 100) * 240;
      else if (after !== undefined) props.after = after;
      const beforeAuto = flag(attr(spacing, 'w:beforeAutospacing'));
      const afterAuto = flag(attr(spacing, 'w:afterAutospacing'));
      if (beforeAuto !== undefined) props.beforeAuto = beforeAuto;
      if (afterAuto !== undefined) props.afterAuto = afterAuto;
      if (line !== undefined) props.line = line;
      const rule = attr(spacing, 'w:lineRule');
      if (rule) props.lineRule = rule;
    }
    const contextual = onOff(child(pPr, 'w:contextualSpacing'));
    if (contextual !== undefined) props.contextualSpacing = contextual;
    const borders = child(pPr, 'w:pBdr');
    if (borders) {
      const top = readBorder(child(borders, 'w:top'));
      const bottom = readBorder(child(borders, 'w:bottom'));
      const left = readBorder(child(borders, 'w:left') ?? child(borders, 'w:start'));
      const right = readBorder(child(borders, 'w:right') ?? child(borders, 'w:end'));
      if (top) props.borderTop = top;
      if (bottom) props.borderBottom = bottom;
      if (left) props.borderLeft = left;
      if (right) props.borderRight = right;
    }
    const pageBreak = onOff(child(pPr, 'w:pageBreakBefore'));
    if (pageBreak !== undefined) props.pageBreakBefore = pageBreak;
    const tabs = child(pPr, 'w:tabs');
    for (const tab of children(tabs, 'w:tab')) {
      const pos = num(attr(tab, 'w:pos'));
      const kind = attr(tab, 'w:val') ?? 'left';
      if (pos === undefined) continue;
      props.tabs = props.tabs.filter((t) => t.pos !== pos);
      if (kind !== 'clear')
        props.tabs.push({ pos, kind: kind === 'start' ? 'left' : kind === 'end' ? 'right' : kind });
    }
    if (child(pPr, 'w:numPr')) {
      const numPr = child(pPr, 'w:numPr');
      const numId = attr(child(numPr, 'w:numId'), 'w:val');
      const ilvl = num(attr(child(numPr, 'w:ilvl'), 'w:val'));
      if (numId !== undefined) {
        props.numbered = numId !== '0';
        props.numId = numId;
      }
      if (ilvl !== undefined) props.ilvl = ilvl;
    }
  }
}

/** An on/off attribute value ("1", "true", "on" / "0", "false", "off"); undefined when absent. */
function flag(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : !['false', '0', 'off'].includes(value);
}

export function readBorder(el: XmlElement | undefined): Border | undefined {
  if (!el) return undefined;
  const style = attr(el, 'w:val') ?? 'none';
  return {
    style,
    sizeEighths: num(attr(el, 'w:sz')) ?? 0,
    color: (attr(el, 'w:color') ?? 'auto').toUpperCase(),
  };
}

export function isVisibleBorder(b: Border | undefined): b is Border {
  return b !== undefined && !['none', 'nil'].includes(b.style);
}
