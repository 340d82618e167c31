/** Scheduled delivery upkeep (digests, reminders): its own queue, never matching backlog. */
export const DELIVERY_SCHEDULE_QUEUE = 'delivery-schedule';

export type DeliveryScheduleJobName = 'digests' | 'reminders';
