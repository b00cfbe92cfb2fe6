import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import type { Role } from '@balss/contracts';
import { UserRoleEntity } from '../entities/user-role.entity';
import type { Tx } from './transactions';

/** The only place that queries `user_role`. */
@Injectable()
export class UserRoleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Roles that apply in a municipality: those held there, plus the global platform_admin. */
  async rolesIn(userId: string, municipalityId: string, tx: Tx = this.dataSource.manager): Promise<Role[]> {
    const rows = await tx.getRepository(UserRoleEntity).find({
      where: [
        { userId, municipalityId },
        { userId, municipalityId: IsNull() },
      ],
      order: { role: 'ASC' },
    });
    return rows.map((row) => row.role);
  }

  /** Every role of every listed user in one municipality (for admin lists), keyed by user id. */
  async rolesOfUsers(userIds: string[], municipalityId: string): Promise<Map<string, Role[]>> {
    const result = new Map<string, Role[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) {
      return result;
    }
    const rows = await this.dataSource.getRepository(UserRoleEntity).find({
      where: [
        { userId: In(userIds), municipalityId },
        { userId: In(userIds), municipalityId: IsNull() },
      ],
      order: { role: 'ASC' },
    });
    for (const row of rows) {
      result.get(row.userId)?.push(row.role);
    }
    return result;
  }

  allOf(userId: string, tx: Tx = this.dataSource.manager): Promise<UserRoleEntity[]> {
    return tx.getRepository(UserRoleEntity).find({ where: { userId }, order: { grantedAt: 'ASC' } });
  }

  /** Idempotent: granting a held role changes nothing and returns false. */
  async grant(tx: Tx, row: { userId: string; municipalityId: string | null; role: Role; grantedBy: string | null }): Promise<boolean> {
    const result: unknown[] = await tx.query(
      `INSERT INTO user_role (user_id, municipality_id, role, granted_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [row.userId, row.municipalityId, row.role, row.grantedBy],
    );
    return result.length > 0;
  }

  /** Returns false when the role was not held. */
  async revoke(tx: Tx, row: { userId: string; municipalityId: string | null; role: Role }): Promise<boolean> {
    const result = await tx.getRepository(UserRoleEntity).delete({
      userId: row.userId,
      municipalityId: row.municipalityId === null ? IsNull() : row.municipalityId,
      role: row.role,
    });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Locks the municipality's holders of a role and counts them, so two administrators removing each
   * other at the same moment cannot both succeed and leave the municipality without one.
   */
  async lockAndCountHolders(tx: Tx, municipalityId: string, role: Role): Promise<number> {
    const rows: unknown[] = await tx.query(
      `SELECT r.id FROM user_role r JOIN app_user u ON u.id = r.user_id
        WHERE r.municipality_id = $1 AND r.role = $2 AND u.erased_at IS NULL FOR UPDATE OF r`,
      [municipalityId, role],
    );
    return rows.length;
  }

  async revokeAll(tx: Tx, userId: string): Promise<void> {
    await tx.getRepository(UserRoleEntity).delete({ userId });
  }
}
