/**
 * What a browser would send for a form of a page: its inputs, ticked boxes, text areas and the
 * chosen option of each select, read with htmlparser2 (entities decoded, as a browser does).
 * For tests that post a prefilled form exactly as it was served, without retyping it.
 */
import { Parser } from 'htmlparser2';

export function formFields(html: string, action: string): Record<string, string | string[]> {
  const fields: [string, string][] = [];
  let inForm = false;
  let textarea: { name: string; value: string } | null = null;
  let select: { name: string; chosen: string | null; first: string | null } | null = null;
  let option: { value: string | null; selected: boolean; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'form') inForm = attributes.action === action;
        if (!inForm) return;
        if (name === 'input' && attributes.name) {
          const type = attributes.type ?? 'text';
          if ((type === 'checkbox' || type === 'radio') && attributes.checked === undefined) return;
          if (type === 'submit' || type === 'button') return;
          fields.push([attributes.name, attributes.value ?? (type === 'checkbox' ? 'on' : '')]);
        }
        if (name === 'textarea' && attributes.name) textarea = { name: attributes.name, value: '' };
        if (name === 'select' && attributes.name) select = { name: attributes.name, chosen: null, first: null };
        if (name === 'option') option = { value: attributes.value ?? null, selected: attributes.selected !== undefined, text: '' };
      },
      ontext(text) {
        if (textarea) textarea.value += text;
        if (option) option.text += text;
      },
      onclosetag(name) {
        if (name === 'form') inForm = false;
        if (name === 'textarea' && textarea) {
          // A browser drops the one newline right after <textarea>.
          fields.push([textarea.name, textarea.value.replace(/^\n/, '')]);
          textarea = null;
        }
        if (name === 'option' && option && select) {
          const value = option.value ?? option.text;
          if (select.first === null) select.first = value;
          if (option.selected) select.chosen = value;
          option = null;
        }
        if (name === 'select' && select) {
          fields.push([select.name, select.chosen ?? select.first ?? '']);
          select = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of fields) {
    const existing = result[name];
    result[name] = existing === undefined ? value : [existing, value].flat();
  }
  return result;
}
