import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@balss/domains/identity';
import { EidIdentityRepository } from './persistence/eid-identity.repository';

/**
 * What other domains may know about a person's e-ID link: the keyed hash of their personal code
 * (the voter register looks it up), and the link's part in "download my data" / "erase my account".
 */
@Injectable()
export class EidLinkService implements OnModuleInit {
  constructor(
    private readonly links: EidIdentityRepository,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'eid',
      // The hash is pseudonymous data about the person, so it is part of their export.
      export: async (userId, tx) => {
        const link = await this.links.findByUserId(userId, tx);
        return link
          ? {
              linked: true,
              personalCodeHmacSha256: link.personalCodeHash.toString('hex'),
              linkedAt: link.createdAt.toISOString(),
              lastSignInAt: link.lastSignInAt.toISOString(),
            }
          : { linked: false };
      },
      erase: (userId, tx) => this.links.deleteByUserId(tx, userId),
    });
  }

  /** The keyed hash of the account's personal code, or null when it never signed in with e-ID. */
  async personalCodeHashOf(userId: string): Promise<Buffer | null> {
    return (await this.links.findByUserId(userId))?.personalCodeHash ?? null;
  }
}
