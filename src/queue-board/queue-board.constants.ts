/** Where the board is served (SPEC.md section 7: "the queue dashboard (Bull Board, admin only)"). */
export const QUEUE_BOARD_PATH = '/admin/queues';

/** Where its JSON API answers (the page polls it). */
export const QUEUE_BOARD_API_PATH = `${QUEUE_BOARD_PATH}/api`;
