import { Logger } from '@nestjs/common';
import { EntityManager, EntitySubscriberInterface, EventSubscriber, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

const logger = new Logger('AfterCommit');

// What waits for each open transaction's commit; a query runner lives for one transaction.
const waiting = new WeakMap<QueryRunner, (() => void)[]>();

/**
 * Runs `run` once the transaction `manager` belongs to has committed, never when it rolls back;
 * at once when `manager` is in no transaction (each statement committed by itself). For what
 * others must only hear of once it is true (a live event), from code that does not own the
 * transaction it runs in. `run` must not wait on anything: the commit's caller waits for it.
 */
export function afterCommit(manager: EntityManager, run: () => void): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    runSafely(run);
    return;
  }
  const list = waiting.get(runner);
  if (list) list.push(run);
  else waiting.set(runner, [run]);
}

function runSafely(run: () => void): void {
  try {
    run();
  } catch (error) {
    // The transaction stands: what runs after it can no longer undo it.
    logger.warn(`A step after a commit failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Registered with the data source (data-source-options.ts). Only the outermost commit or
 * rollback counts: a savepoint released or rolled back leaves the transaction open (none of
 * the callers of afterCommit uses one).
 */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (queryRunner.isTransactionActive) return;
    const list = waiting.get(queryRunner);
    waiting.delete(queryRunner);
    for (const run of list ?? []) runSafely(run);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) waiting.delete(queryRunner);
  }
}
