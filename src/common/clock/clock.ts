/** Time as the service sees it: injectable, so that tests need not wait or travel. */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in Slovenia, as yyyy-mm-dd. */
  today(): string {
    return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Ljubljana' }).format(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
