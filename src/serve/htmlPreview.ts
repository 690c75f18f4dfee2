/**
 * An HTML approximation of the printed pages, from the document model: quick (no LibreOffice), good for
 * seeing the words while typing, but not the real layout. The page says so ("Bản xem gần đúng").
 */
import type { ContentBlock, OfficialDocument, SignatureBlock, TextRun } from '../model/document.js';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function runs(list: TextRun[]): string {
  return list
    .map((r) => {
      let html = escape(r.text);
      if (r.bold) html = `<b>${html}</b>`;
      if (r.italic) html = `<i>${html}</i>`;
      return html;
    })
    .join('');
}

function lines(list: string[] | undefined, className = ''): string {
  return (list ?? []).map((line) => `<div class="${className}">${escape(line)}</div>`).join('');
}

function blocks(body: ContentBlock[]): string {
  return body
    .map((block) => {
      if (block.type === 'table') {
        const rows = block.rows
          .map(
            (row) =>
              `<tr>${row.map((cell) => `<${cell.header ? 'th' : 'td'}>${runs(cell.runs)}</${cell.header ? 'th' : 'td'}>`).join('')}</tr>`,
          )
          .join('');
        return `<table class="body-table">${rows}</table>`;
      }
      const classes = [`align-${block.align}`, block.indent === 'firstLine' ? 'first-line' : ''].join(' ');
      return `<p class="${classes}">${runs(block.runs)}</p>`;
    })
    .join('\n');
}

/** A signature: title lines, room to sign, the post above the name, the name. */
function signed(block: SignatureBlock): string {
  return `${lines(block.titleLines, 'bold')}<div class="sign-space"></div>${lines(block.titleAboveName, 'bold')}<div class="bold">${escape(block.name)}</div>`;
}

export function htmlPreview(model: OfficialDocument): string {
  const h = model.header;
  // Lines the clerk kept apart break here too; a bracket group's note follows its line after a space.
  const recipients = model.recipients.items
    .map((item) => `<div>${escape(item).replace(/\n/g, '<br>').replace(/\t/g, ' ')}</div>`)
    .join('');
  return `<article class="page" lang="vi">
<table class="nd30-header"><tr>
<td class="agency">${h.parentAgency ? `<div>${escape(h.parentAgency)}</div>` : ''}${lines(h.agencyLines, 'bold')}<div class="rule"></div><div>${escape(h.numberLine)}</div>${lines(h.subjectLines, 'small')}</td>
<td class="motto"><div class="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="bold underline">Độc lập - Tự do - Hạnh phúc</div>${h.placeDateLine ? `<div class="italic">${escape(h.placeDateLine)}</div>` : ''}</td>
</tr></table>
${model.title.typeName ? `<h2 class="type-name">${escape(model.title.typeName)}</h2>` : ''}
<div class="summary">${lines(model.title.summaryLines, 'bold')}</div>
${model.addressees ? `<div class="addressees">${escape(model.addressees.label)} ${model.addressees.items.map(escape).join('<br>')}</div>` : ''}
<div class="body">${blocks(model.body)}</div>
<table class="nd30-footer"><tr>
<td class="recipients"><div class="bold italic">${escape(model.recipients.label)}</div>${recipients}</td>
<td class="signature">${signed(model.signature)}</td>
</tr></table>
${(model.members ?? []).length > 0 ? `<table class="nd30-members"><tr>${(model.members ?? []).map((m) => `<td class="signature">${signed(m)}</td>`).join('')}</tr></table>` : ''}
</article>`;
}
