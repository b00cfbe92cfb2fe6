// Jest reporter used by `npm test` (tools/test/test.mjs): writes one small JSON file per Jest run into
// $BALSS_TEST_RESULTS_DIR so the orchestrator can add up passed/failed tests across all Nx tasks.
// Without that variable it does nothing, so it is harmless if someone runs it on its own.
const fs = require('node:fs');
const path = require('node:path');

class BalssResultsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.BALSS_TEST_RESULTS_DIR;
    if (!dir) return;
    // A suite that cannot even load (syntax/type error, failing beforeAll) has no failing *tests*; count it.
    const brokenSuites = results.testResults.filter((s) => s.testExecError || (s.failureMessage && s.numFailingTests === 0));
    const failures = [];
    for (const suite of results.testResults) {
      const file = path.relative(process.cwd(), suite.testFilePath);
      for (const t of suite.testResults) if (t.status === 'failed') failures.push(`${file} › ${t.fullName}`);
    }
    for (const s of brokenSuites) failures.push(`${path.relative(process.cwd(), s.testFilePath)} (suite failed to run)`);
    const summary = {
      project: process.env.NX_TASK_TARGET_PROJECT ?? null, // set by Nx for every task it runs
      rootDir: path.relative(process.cwd(), this.rootDir) || '.',
      passed: results.numPassedTests,
      failed: results.numFailedTests + brokenSuites.length,
      skipped: results.numPendingTests + results.numTodoTests,
      failures,
    };
    fs.mkdirSync(dir, { recursive: true });
    const name = `${summary.rootDir.replace(/[^a-zA-Z0-9]+/g, '_')}-${process.pid}-${Date.now()}.json`;
    fs.writeFileSync(path.join(dir, name), JSON.stringify(summary));
  }
}

module.exports = BalssResultsReporter;
