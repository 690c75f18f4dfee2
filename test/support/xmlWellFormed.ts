/**
 * A strict enough well-formedness check for generated OOXML parts: balanced, properly nested tags,
 * quoted attributes, no raw "<" or stray "&" in text, and only characters XML 1.0 allows.
 * Returns the first problem, or undefined.
 */
export function xmlProblem(xml: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) return 'control character';
  const stack: string[] = [];
  const token =
    /<\?[^?]*\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, , selfClosing, text, strayLt] = m;
    if (strayLt) return `stray "<" at ${m.index}`;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return `stray "&" at ${m.index}`;
      continue;
    }
    if (!name) continue;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> does not close the open element at ${m.index}`;
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  return stack.length === 0 ? undefined : `unclosed <${stack[stack.length - 1]}>`;
}
