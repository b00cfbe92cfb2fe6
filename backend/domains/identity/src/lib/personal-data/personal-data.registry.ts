import { Injectable } from '@nestjs/common';
import type { Tx } from '../persistence/transactions';

/**
 * A domain that stores personal data about a user (e-ID link, youth profile, responsible-adult
 * invitations, …) registers here, so "download my data" and "erase my account" cover it without
 * identity knowing that domain:
 *
 *   constructor(private readonly personalData: PersonalDataRegistry) {}
 *   onModuleInit() { this.personalData.register({ section: 'eid', export: …, erase: … }); }
 *
 * `erase` runs inside the erasure transaction: delete or anonymise what identifies the person, keep
 * what must stay countable (a ballot keeps counting, pointing at the anonymous tombstone). Throw a
 * RuleViolationError to refuse erasure for a reason the person can act on.
 */
export interface PersonalDataContributor {
  /** Key of this domain's section in the export (`eid`, `youth`). */
  section: string;
  export(userId: string, tx: Tx): Promise<unknown>;
  erase(userId: string, tx: Tx): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors = new Map<string, PersonalDataContributor>();

  register(contributor: PersonalDataContributor): void {
    if (this.contributors.has(contributor.section)) {
      throw new Error(`Personal data section "${contributor.section}" is registered twice`);
    }
    this.contributors.set(contributor.section, contributor);
  }

  all(): PersonalDataContributor[] {
    return [...this.contributors.values()];
  }
}
