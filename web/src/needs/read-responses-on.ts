/** The API's largest page of Need.responses (its `first`, 1 to 100). */
export const RESPONSES_PAGE_MOST = 100;

/** What a need's responses list holds: those loaded, newest first, and how many there are. */
export interface LoadedResponses<R> {
  responses: readonly R[];
  responseCount: number | null;
}

/**
 * A need's responses read on after those loaded, by offset, as the API pages them (newest first):
 * `readPage(first, offset)` asks for one page; `wanted` says how many more are still wanted of the
 * list read so far (0: enough), each page asking for that many, at most RESPONSES_PAGE_MOST. Ends
 * at the list's end (responseCount), or at a page that brought none not already there: a response
 * that came meanwhile moves the older ones on, so one may come on two pages, and is kept once.
 * Nothing is written: the caller writes what it returns, or leaves what is shown on a failure.
 */
export async function readResponsesOn<R extends { id: string }>(
  readPage: (first: number, offset: number) => Promise<LoadedResponses<R>>,
  loaded: LoadedResponses<R>,
  wanted: (responses: readonly R[]) => number,
): Promise<LoadedResponses<R>> {
  let { responses, responseCount } = loaded;
  for (let more = wanted(responses); more > 0 && responseCount != null && responses.length < responseCount; more = wanted(responses)) {
    const page = await readPage(Math.min(RESPONSES_PAGE_MOST, more), responses.length);
    const added = page.responses.filter((response) => !responses.some((item) => item.id === response.id));
    if (added.length === 0) break;
    responses = [...responses, ...added];
    responseCount = page.responseCount ?? responseCount;
  }
  return { responses, responseCount };
}
