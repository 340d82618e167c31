/** pg_notify channel: a delivery was planned (or a test webhook queued); the dispatcher wakes. */
export const DELIVERY_CHANNEL = 'grozd_delivery';
