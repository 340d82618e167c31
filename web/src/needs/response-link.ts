/** The element id of a response's row on its need's page: what `#response-<id>` links to. */
export const responseRowId = (responseId: string) => `response-${responseId}`;

/**
 * A link to one response on its need's page (the desk's): the page lands on its row, and Back
 * from it focuses this very link (use-main-focus), not the first of the need's responses.
 */
export const responseHref = (needId: string, responseId: string) => `/needs/${needId}#${responseRowId(responseId)}`;
