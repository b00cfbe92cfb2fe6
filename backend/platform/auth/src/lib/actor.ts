import type { AuthMethod, Permission, Role } from '@balss/contracts';

/**
 * Who is making a request, as the auth guard resolved it. Controllers receive it with
 * `@CurrentActor()` and pass it as the first argument of every service method, which checks access
 * before doing anything (practice 6).
 */
export interface Actor {
  userId: string;
  /** The tenant the request acts in: the session's (or access token's) municipality. */
  municipalityId: string;
  /** Roles in `municipalityId`, plus `platform_admin` when held (that role is global). */
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  isPlatformAdmin: boolean;
  /** How the request proved who it is. Some actions (creating tokens, erasure) need a browser session. */
  via: ActorCredential;
}

export type ActorCredential =
  | {
      kind: 'session';
      sessionId: string;
      method: AuthMethod;
      /** When the session was started, i.e. when the person last proved who they are. */
      authenticatedAt: Date;
    }
  | { kind: 'access-token'; tokenId: string };

/** The property of the HTTP request the auth guard stores the actor on (passport's convention). */
export const ACTOR_REQUEST_PROPERTY = 'user';
