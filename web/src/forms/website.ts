// An organization's website as people type it: "www.naklo.si" or "naklo.si", without the
// scheme. The browser (type="url") and the API (isUrl with its protocol) refuse that, so the
// forms put "https://" in front, in the field, where the reader sees it.

/** A scheme already given: "https://", "http://", "ftp://"… */
const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
/** A host name with a dot (an optional port), then perhaps a path, query or fragment. */
const HOST_FIRST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u;

/** "www.naklo.si" → "https://www.naklo.si"; anything else (empty, with a scheme, not a host name) as it is. */
export function withScheme(value: string): string {
  const typed = value.trim();
  if (typed === '' || SCHEME.test(typed) || !HOST_FIRST.test(typed)) return value;
  return `https://${typed}`;
}
