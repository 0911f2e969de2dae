// code-server 4.100.3 (a real VS Code 1.100.3 whose extension host is Node) installed once into a cache outside
// the repo, and started per run with every directory it writes to inside that run's own folder.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const cacheRoot = process.env.RUS_SURVEY_E2E_CACHE || join(homedir(), '.cache', 'rus-survey-e2e');
const installDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = join(installDir, 'node_modules', '.bin', 'code-server');

/** Installs code-server into the cache unless it is there (≈50 s, ≈300 MB, from npm only). */
export function ensureCodeServer(log) {
  if (existsSync(codeServerBin)) return;
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${installDir} …`);
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'rus-survey-e2e-install-'));
  // @vscode/ripgrep's postinstall downloads from GitHub unless its cache has the archive: seed it from Debian's rg.
  const ripgrepCache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(join(ripgrepCache, 'rg-dir'), { recursive: true });
  copyFileSync('/usr/bin/rg', join(ripgrepCache, 'rg-dir', 'rg'));
  run('tar', ['czf', join(ripgrepCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', join(ripgrepCache, 'rg-dir'), 'rg']);
  // A package.json of its own, else npm installs into the nearest parent that has one.
  writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'rus-survey-e2e-code-server', private: true }));
  // Run as pnpm's child, npm would inherit pnpm's npm_* variables; code-server's postinstall reads the user
  // agent among them to tell which package manager installs it, and gives up on pnpm's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm|pnpm)_/i.test(name)));
  run('npm', ['install', '--no-fund', '--no-audit', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: installDir,
    env: { ...env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_nodedir: '/usr' },
  });
  rmSync(tmp, { recursive: true, force: true });
  if (!existsSync(codeServerBin)) throw new Error(`code-server did not install into ${installDir}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

/** A run's own HOME, XDG dirs and TMPDIR, so nothing is written outside `root`. */
export function isolatedEnv(root) {
  const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', TMPDIR: 'tmp' };
  const env = { ...process.env };
  for (const [name, dir] of Object.entries(dirs)) {
    env[name] = join(root, dir);
    mkdirSync(env[name], { recursive: true });
  }
  return env;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function codeServerArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

export function installExtension(vsix, dirs, env) {
  run(codeServerBin, [...codeServerArgs(dirs), '--install-extension', vsix], { env });
}

/** Starts code-server on 127.0.0.1 and resolves when /healthz answers; `stop()` ends it (and its extension host). */
export async function startCodeServer({ dirs, env, logFile }) {
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...codeServerArgs(dirs),
  ];
  const { openSync } = await import('node:fs');
  const out = openSync(logFile, 'a');
  const child = spawn(codeServerBin, args, { env, stdio: ['ignore', out, out] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (${child.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`code-server did not answer on port ${port}; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
