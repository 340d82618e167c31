/**
 * The start of a text for a list: its whitespace run together, and past `limit` characters cut
 * at the last whole word before the limit, with an ellipsis. A single word longer than half the
 * limit is cut where the limit falls.
 */
export function excerpt(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const head = flat.slice(0, limit + 1);
  const space = head.lastIndexOf(' ');
  const cut = space > limit / 2 ? head.slice(0, space) : flat.slice(0, limit);
  // No dangling comma or dash before the ellipsis.
  return `${cut.replace(/[\s,;:–-]+$/u, '')}…`;
}
