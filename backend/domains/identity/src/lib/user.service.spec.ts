import type { MunicipalityService } from '@balss/domains/municipality';
import { NotFoundError } from '@balss/util-errors';
import type { UserEntity } from './entities/user.entity';
import type { UserRepository } from './user.repository';
import { normaliseEmail, UserService } from './user.service';

describe('UserService', () => {
  let users: jest.Mocked<Pick<UserRepository, 'insert'>>;
  let municipalities: jest.Mocked<Pick<MunicipalityService, 'requireIdBySlug'>>;
  let sut: UserService;

  beforeEach(() => {
    users = { insert: jest.fn() };
    municipalities = { requireIdBySlug: jest.fn() };
    sut = new UserService(users as unknown as UserRepository, municipalities as unknown as MunicipalityService);
  });

  it('stores the e-mail lower-cased and trimmed in the named municipality', async () => {
    municipalities.requireIdBySlug.mockResolvedValue('m1');
    users.insert.mockImplementation(async (user) => ({ id: 'u1', createdAt: new Date('2026-01-02T03:04:05Z'), ...user }) as UserEntity);
    const dto = await sut.create('daugavpils', { email: '  Anna@Example.LV ', displayName: ' Anna ' });
    expect(users.insert).toHaveBeenCalledWith({ municipalityId: 'm1', email: 'anna@example.lv', displayName: 'Anna' });
    expect(dto).toEqual({ id: 'u1', email: 'anna@example.lv', displayName: 'Anna', createdAt: '2026-01-02T03:04:05.000Z' });
  });

  it('stores nothing for an unknown municipality', async () => {
    municipalities.requireIdBySlug.mockRejectedValue(new (class extends NotFoundError {})('none'));
    await expect(sut.create('atlantis', { email: 'a@b.lv', displayName: 'A' })).rejects.toBeInstanceOf(NotFoundError);
    expect(users.insert).not.toHaveBeenCalled();
  });

  it('normalises addresses so case never makes two accounts', () => {
    expect(normaliseEmail('Ilze.Ozola@Inbox.LV')).toBe(normaliseEmail('ilze.ozola@inbox.lv'));
  });
});
