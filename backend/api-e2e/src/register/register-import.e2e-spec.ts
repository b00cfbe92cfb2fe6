import { RegisterRoutes, type RegisterImportDto } from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import { DEMO_REGISTER_CSV } from '@balss/domains/voter-register';
import { type EidTestEnv, startEidTestEnv } from '../eid/eid-test-env';

const ADMIN = 'admin@daugavpils.balss.example';
const OTHER_ADMIN = 'admin@demo-novads.balss.example';
const AUDITOR = 'auditor@daugavpils.balss.example';
const RESIDENT = 'resident@daugavpils.balss.example';
const HEADER = 'personal_code;birth_date;neighbourhood;declared_from;declared_to';

describe('voter register import over HTTP (real PostgreSQL, Redis, worker)', () => {
  let env: EidTestEnv;
  let admin: Awaited<ReturnType<EidTestEnv['signIn']>>;
  let completed: RegisterImportDto;
  const registerRows = () => env.count(`SELECT count(*) AS n FROM register_entry`);
  const upload = (csv: string, contentType = 'text/csv') =>
    admin.send('post', RegisterRoutes.imports, { body: csv, headers: { 'content-type': contentType } });

  beforeAll(async () => {
    env = await startEidTestEnv(8);
    admin = await env.signIn(ADMIN, DEMO_PASSWORD);
    completed = await env.importRegister(admin, DEMO_REGISTER_CSV);
  });

  afterAll(async () => {
    await env?.close();
  });

  it('imports a valid file as a worker job and shows it completed with its counts', async () => {
    expect(completed).toMatchObject({
      status: 'completed',
      rowCount: 4,
      replacedRows: 0,
      errorCount: 0,
      errors: [],
      progress: { phase: 'done', percent: 100 },
    });
    expect(await registerRows()).toBe(4);
    const list = await admin.get(RegisterRoutes.imports);
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ id: completed.id, status: 'completed' });
    expect(
      await env.count(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'register.imported' AND outcome = 'success' AND target_id = $1`,
        [completed.id],
      ),
    ).toBe(1);
  });

  it.each([
    [
      'malformed rows',
      [HEADER, '120590-10000;;centrs;2015-03-01;', 'not-a-code;;centrs;2015-03-01;', '161175-19997;;centrs', ''].join(
        '\n',
      ),
      [
        { line: 3, code: 'MALFORMED_PERSONAL_CODE', column: 'personal_code' },
        { line: 4, code: 'WRONG_FIELD_COUNT' },
      ],
    ],
    [
      'duplicate personal codes',
      [
        HEADER,
        '120590-10000;;centrs;2015-03-01;',
        '161175-19997;;gajoks;2015-03-01;',
        '12059010000;;gajoks;2016-01-01;',
        '',
      ].join('\n'),
      [
        { line: 2, code: 'DUPLICATE_PERSONAL_CODE', otherLines: [4] },
        { line: 4, code: 'DUPLICATE_PERSONAL_CODE', otherLines: [2] },
      ],
    ],
    [
      'impossible dates',
      [
        HEADER,
        '120590-10000;1990-02-30;centrs;2015-03-01;',
        '161175-19997;;centrs;2015-13-01;',
        '030782-10002;;centrs;2020-01-01;2019-12-31',
        '',
      ].join('\n'),
      [
        { line: 2, column: 'birth_date', code: 'IMPOSSIBLE_DATE' },
        { line: 3, column: 'declared_from', code: 'IMPOSSIBLE_DATE' },
        { line: 4, column: 'declared_to', code: 'DECLARED_TO_BEFORE_FROM' },
      ],
    ],
    [
      'an unknown neighbourhood',
      [HEADER, '120590-10000;;atlantis;2015-03-01;', ''].join('\n'),
      [{ line: 2, column: 'neighbourhood', code: 'UNKNOWN_NEIGHBOURHOOD' }],
    ],
    [
      'a missing column',
      ['personal_code;neighbourhood;declared_from;declared_to', '120590-10000;centrs;2015-03-01;', ''].join('\n'),
      [{ line: 1, code: 'MISSING_COLUMN', column: 'birth_date' }],
    ],
    [
      'an unclosed quote',
      [HEADER, '"120590-10000;;centrs;2015-03-01;', ''].join('\n'),
      [{ line: 2, code: 'UNTERMINATED_QUOTE' }],
    ],
    ['a header without rows', `${HEADER}\n`, [{ line: 1, code: 'NO_DATA_ROWS' }]],
  ])('refuses %s with 422 listing the lines, and stores nothing', async (_what, csv, expected) => {
    const before = await registerRows();
    const res = await upload(csv);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'RULE_VIOLATED', details: { errorCount: expected.length } });
    expect(res.body.details.errors).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(await registerRows()).toBe(before);
    expect(await env.count(`SELECT count(*) AS n FROM register_import_chunk`)).toBe(0);
    const failed = await admin.get(RegisterRoutes.import(res.body.details.importId));
    expect(failed.body).toMatchObject({ status: 'failed', errorCount: expected.length });
    expect(
      await env.count(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'register.imported' AND outcome = 'failure' AND target_id = $1`,
        [res.body.details.importId],
      ),
    ).toBe(1);
  });

  it('refuses a body that is not CSV with 415', async () => {
    const res = await admin.send('post', RegisterRoutes.imports, { body: { rows: [] } });
    expect(res.status).toBe(415);
  });

  it("hides one municipality's imports from another municipality's administrator (404)", async () => {
    const other = await env.signIn(OTHER_ADMIN, DEMO_PASSWORD);
    expect((await other.get(RegisterRoutes.import(completed.id))).status).toBe(404);
    expect((await other.get(RegisterRoutes.imports)).body).toEqual([]);
  });

  it('lets an auditor read imports but not upload; a resident neither', async () => {
    const auditor = await env.signIn(AUDITOR, DEMO_PASSWORD);
    expect((await auditor.get(RegisterRoutes.import(completed.id))).status).toBe(200);
    expect(
      (
        await auditor.send('post', RegisterRoutes.imports, {
          body: DEMO_REGISTER_CSV,
          headers: { 'content-type': 'text/csv' },
        })
      ).status,
    ).toBe(403);
    const resident = await env.signIn(RESIDENT, DEMO_PASSWORD);
    expect((await resident.get(RegisterRoutes.imports)).status).toBe(403);
  });

  it('answers 400 for an import id that is not a UUID and 404 for an unknown one', async () => {
    expect((await admin.get(RegisterRoutes.import('nope'))).status).toBe(400);
    expect((await admin.get(RegisterRoutes.import('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
  });
});
