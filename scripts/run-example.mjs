// The main job on the bundled example, through the built CLI: lint every survey under examples/, show the
// coverage table. The lint's exit code is the job's (0: no errors).
import { spawnSync } from 'node:child_process';

const cli = ['packages/cli/dist/bin.js'];
const run = (args) => spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' }).status ?? 2;

console.log('$ rus-survey lint examples/');
const lintStatus = run(['lint', 'examples/']);
console.log('\n$ rus-survey stats examples/rus-natverket-2018.survey.md');
const statsStatus = run(['stats', 'examples/rus-natverket-2018.survey.md']);
process.exitCode = lintStatus || statsStatus;
