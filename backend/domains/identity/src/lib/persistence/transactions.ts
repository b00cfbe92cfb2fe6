import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A database transaction as services see it: an opaque handle they pass to repository methods.
 * Services decide what must commit together (a role change and its audit event — practice 16);
 * repositories decide how to query. Other domains pass their own TypeORM EntityManager where an
 * identity method takes a `Tx`, to audit or grant roles inside their transaction.
 */
export type Tx = EntityManager;

@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The non-transactional manager, for single statements that need no company. */
  get none(): Tx {
    return this.dataSource.manager;
  }
}
