// Lints code snippets as though they were files of the workspace, with each project's own ESLint
// config, and prints the boundary-rule messages per snippet as JSON. Runs as a plain Node process
// because ESLint loads its flat configs with dynamic import(), which Jest's VM cannot do.
// stdin: [{ filePath, code }]   stdout: [[message, …], …]
import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const cases = JSON.parse(fs.readFileSync(0, 'utf8'));

function nearestConfig(absFile) {
  for (let dir = path.dirname(absFile); dir.startsWith(workspaceRoot); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'eslint.config.mjs');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`No eslint.config.mjs above ${absFile}`);
}

const results = [];
for (const { filePath, code } of cases) {
  const absFile = path.join(workspaceRoot, filePath);
  const eslint = new ESLint({
    cwd: workspaceRoot,
    overrideConfigFile: nearestConfig(absFile),
    // The snippet is not on disk, so type-aware rules (which need a TypeScript program) are off;
    // the boundary rule needs only the Nx project graph.
    overrideConfig: [{
      files: ['**/*.ts'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        '@typescript-eslint/switch-exhaustiveness-check': 'off',
      },
    }],
  });
  const [result] = await eslint.lintText(code, { filePath: absFile });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filePath}: the snippet did not parse: ${fatal.message}`);
  results.push(result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message));
}
process.stdout.write(JSON.stringify(results));
