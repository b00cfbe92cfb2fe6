// Local Nx inference plugin: gives every project a `typecheck` target that runs `tsc --noEmit -p` on each of
// its own tsconfigs (app/lib, spec, e2e, medium…). Inferred rather than written into 20 project.json files so
// a new project gets type-checked the moment it exists, and the command lives in one place.
// Registered in nx.json under "plugins".
const fs = require('node:fs');
const path = require('node:path');
const { createNodesFromFiles } = require('@nx/devkit');

const CHECKER = 'tools/nx/tsc-check.mjs';

/** The tsconfigs of a project that describe real sources: every tsconfig.*.json, else a non-solution tsconfig.json. */
function tsconfigsOf(projectRoot, workspaceRoot) {
  const dir = path.join(workspaceRoot, projectRoot);
  const own = fs
    .readdirSync(dir)
    .filter((f) => /^tsconfig\..+\.json$/.test(f))
    .sort();
  if (own.length) return own.map((f) => path.posix.join(projectRoot, f));
  const solution = path.join(dir, 'tsconfig.json');
  if (!fs.existsSync(solution)) return [];
  const text = fs.readFileSync(solution, 'utf8');
  // A solution-style tsconfig ("files": [] + references) type-checks nothing by itself.
  return /"files"\s*:\s*\[\s*\]/.test(text) ? [] : [path.posix.join(projectRoot, 'tsconfig.json')];
}

function createTypecheckNode(projectJsonPath, _options, context) {
  const projectRoot = path.posix.dirname(projectJsonPath);
  const configs = tsconfigsOf(projectRoot, context.workspaceRoot);
  if (!configs.length) return {};
  return {
    projects: {
      [projectRoot]: {
        targets: {
          typecheck: {
            executor: 'nx:run-commands',
            cache: true,
            // Types flow across libs through tsconfig paths, so a change in any dependency can break this project.
            inputs: ['default', '^default', '{workspaceRoot}/tsconfig.base.json', { externalDependencies: ['typescript'] }],
            outputs: [],
            options: { command: `node ${CHECKER} ${configs.join(' ')}` },
            metadata: {
              technologies: ['typescript'],
              description: `tsc --noEmit -p for ${configs.map((c) => path.posix.basename(c)).join(', ')}`,
            },
          },
        },
      },
    },
  };
}

module.exports.createNodesV2 = [
  '**/project.json',
  (configFiles, options, context) => createNodesFromFiles(createTypecheckNode, configFiles, options, context),
];
module.exports.createNodes = module.exports.createNodesV2;
