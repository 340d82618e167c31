import { ExpressAdapter } from '@bull-board/express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { BullBoardModule } from '@bull-board/nestjs';
import { DynamicModule } from '@nestjs/common';
import { MAINTENANCE_QUEUE, MATCHING_FRESH_QUEUE, MATCHING_QUEUE } from '../matching/matching.queue';
import { DELIVERY_SCHEDULE_QUEUE } from '../suggestions/channels/email/delivery-schedule.queue';
import { QueueBoardAccessMiddleware } from './queue-board-access.middleware';
import { QUEUE_BOARD_PATH } from './queue-board.constants';

/** The board's own Express app, without the X-Powered-By header the API leaves out too. */
class QueueBoardAdapter extends ExpressAdapter {
  constructor() {
    super();
    this.app.disable('x-powered-by');
  }
}

/**
 * Bull Board for the hub at QUEUE_BOARD_PATH, in API processes. Built anew for each app (not
 * once per process): the board's adapter holds its queues, and two apps in one process (tests)
 * must not share one.
 */
export function queueBoardModules(): DynamicModule[] {
  return [
    BullBoardModule.forRootAsync({
      useFactory: () => ({
        route: QUEUE_BOARD_PATH,
        adapter: QueueBoardAdapter,
        middleware: QueueBoardAccessMiddleware,
        boardOptions: { uiConfig: { boardTitle: 'grozd-match' } },
      }),
    }),
    BullBoardModule.forFeature(
      { name: MATCHING_FRESH_QUEUE, adapter: BullMQAdapter },
      { name: MATCHING_QUEUE, adapter: BullMQAdapter },
      { name: DELIVERY_SCHEDULE_QUEUE, adapter: BullMQAdapter },
      { name: MAINTENANCE_QUEUE, adapter: BullMQAdapter },
    ),
  ];
}
