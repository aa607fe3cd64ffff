// A real WordPress site on this machine (see shared/design/wordpress.md): 6.1 from Debian
// bookworm or 6.8 from trixie, Debian's WordPress files (apt-get download + dpkg-deb -x, no Apache or MariaDB), SQLite through the
// "SQLite Database Integration" drop-in (from the @wp-playground/cli npm tarball), installed
// by a PHP script and served by PHP's built-in server. Everything lives under .wp/ (gitignored):
// .wp/cache/<codename> keeps the downloads and apt's private lists between runs, .wp/<codename>/site
// is made anew each run.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve as resolvePath } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * The WordPress releases the suite runs on: each Debian release's own `wordpress` package.
 * bookworm has 6.1 (the oldest the plugin supports), trixie the newest Debian offers (6.8).
 * `expect` is the major.minor the suite must find installed.
 */
export const RELEASES = [
  // wordpress-l10n: WordPress's own language packs, so a site can be switched to Spanish (WordPress
  // accepts a site language only when its pack is installed).
  { codename: 'bookworm', expect: '6.1', debs: ['wordpress', 'wordpress-theme-twentytwentythree', 'libjs-underscore', 'libjs-cropper', 'php-getid3', 'wordpress-l10n'] },
  // From 6.2 WordPress's vendored lodash is a link into Debian's libjs-lodash.
  { codename: 'trixie', expect: '6.8', debs: ['wordpress', 'wordpress-theme-twentytwentythree', 'libjs-underscore', 'libjs-cropper', 'php-getid3', 'libjs-lodash', 'wordpress-l10n'] },
];
export const PLAYGROUND_CLI = '@wp-playground/cli@3.1.56'; // ships sqlite-database-integration.zip (3.0.x)
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** The releases chosen by WORDPRESS (e.g. `WORDPRESS=6.8` or `WORDPRESS=trixie`); all when unset. */
export function chosenReleases(choice = process.env.WORDPRESS) {
  if (!choice) return RELEASES;
  const wanted = choice.split(',').map((item) => item.trim());
  const chosen = RELEASES.filter((release) => wanted.includes(release.codename) || wanted.includes(release.expect));
  if (!chosen.length) throw new Error(`WORDPRESS=${choice}: choose from ${RELEASES.map((r) => `${r.codename} (${r.expect})`).join(', ')}`);
  return chosen;
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${(result.stderr || result.stdout || '').trim().slice(-1500)}`);
  }
  return result.stdout;
}

/** PHP version and the SQLite PDO driver, or a reason why WordPress cannot run here. */
export function phpStatus() {
  const result = spawnSync('php', ['-r', 'echo PHP_VERSION, " ", extension_loaded("pdo_sqlite") ? "sqlite" : "no-sqlite";'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return { ok: false, reason: 'PHP is not installed (no `php` command)' };
  const [version, sqlite] = result.stdout.trim().split(' ');
  if (sqlite !== 'sqlite') return { ok: false, reason: `PHP ${version} has no pdo_sqlite extension`, version };
  return { ok: true, version };
}

/**
 * apt options for a private copy of one Debian release's package lists under `dir`: the
 * machine's own sources, lists, cache and pinning are neither read nor touched, so any
 * Debian-based machine (as root or not) can fetch another release's .deb files.
 */
function privateApt(dir, codename) {
  const etc = join(dir, 'etc');
  mkdirSync(join(etc, 'sources.list.d'), { recursive: true });
  mkdirSync(join(etc, 'preferences.d'), { recursive: true });
  mkdirSync(join(dir, 'lists/partial'), { recursive: true });
  mkdirSync(join(dir, 'apt-cache/archives/partial'), { recursive: true });
  const signed = existsSync(KEYRING) ? ` [signed-by=${KEYRING}]` : '';
  writeFileSync(
    join(etc, 'sources.list'),
    `deb${signed} http://deb.debian.org/debian ${codename} main\n` +
      `deb${signed} http://deb.debian.org/debian ${codename}-updates main\n` +
      `deb${signed} http://deb.debian.org/debian-security ${codename}-security main\n`,
  );
  return [
    `Dir::Etc::sourcelist=${join(etc, 'sources.list')}`,
    `Dir::Etc::sourceparts=${join(etc, 'sources.list.d')}`,
    `Dir::Etc::preferencesparts=${join(etc, 'preferences.d')}`,
    `Dir::Etc::preferences=${join(etc, 'preferences')}`,
    `Dir::State::Lists=${join(dir, 'lists')}`,
    `Dir::Cache=${join(dir, 'apt-cache')}`,
    'Dir::State::status=/dev/null',
    'APT::Sandbox::User=root',
  ].flatMap((option) => ['-o', option]);
}

/**
 * Downloads (once) one release's Debian packages into `${cacheDir}/${codename}` (apt-get
 * download from a private sources list) and the SQLite drop-in into cacheDir.
 */
export function fetchDownloads(cacheDir, release) {
  const debDir = join(cacheDir, release.codename);
  mkdirSync(debDir, { recursive: true });
  const have = readdirSync(debDir);
  const missing = release.debs.filter((name) => !have.some((file) => file.startsWith(`${name}_`) && file.endsWith('.deb')));
  if (missing.length) {
    const options = privateApt(join(debDir, 'apt'), release.codename);
    try {
      sh('apt-get', [...options, '-qq', 'update']);
      sh('apt-get', [...options, '-qq', 'download', ...missing], { cwd: debDir });
    } catch (error) {
      throw new Error(`${error.message}\n(fetching Debian ${release.codename}'s packages needs apt-get and http://deb.debian.org)`);
    }
  }
  const tgz = (files) => files.find((file) => file.startsWith('wp-playground-cli-') && file.endsWith('.tgz'));
  if (!tgz(readdirSync(cacheDir))) sh('npm', ['pack', '--silent', PLAYGROUND_CLI], { cwd: cacheDir });
  const files = readdirSync(debDir);
  return {
    debs: release.debs.map((name) => join(debDir, files.find((file) => file.startsWith(`${name}_`) && file.endsWith('.deb')))),
    playground: join(cacheDir, tgz(readdirSync(cacheDir))),
  };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function wpConfig(url) {
  const salt = (name) => `define( '${name}', 'study-explainers-test-${name.toLowerCase()}' );`;
  return `<?php
// Written by test/wordpress/site.js for a throwaway local test site.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );
define( 'DB_DIR', __DIR__ . '/wp-content/database/' );
define( 'DB_FILE', '.ht.sqlite' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', dirname( __DIR__ ) . '/php-debug.log' );
@ini_set( 'display_errors', '0' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Lays out a fresh site in `${wpDir}/site` for `url` and installs WordPress into SQLite.
 * Returns { siteDir, logFile }.
 */
export function createSite({ wpDir: wpDirIn, downloads, url, phpDir }) {
  const wpDir = resolvePath(wpDirIn);
  const extractDir = join(wpDir, 'extract');
  const siteDir = join(wpDir, 'site');
  // Each package once (a marker per .deb), so a package added to RELEASES reaches an existing copy.
  mkdirSync(extractDir, { recursive: true });
  for (const deb of downloads.debs) {
    const marker = join(extractDir, `.extracted-${deb.split('/').pop()}`);
    if (existsSync(marker)) continue;
    sh('dpkg-deb', ['-x', deb, extractDir]);
    writeFileSync(marker, '');
  }
  // Of WordPress's language packs the suite needs Spanish only: the others would be copied into every site.
  const languagesDir = join(extractDir, 'usr/share/wordpress/wp-content/languages');
  for (const dir of [languagesDir, join(languagesDir, 'themes'), join(languagesDir, 'plugins')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (/\.(mo|po|json|php)$/.test(name) && !name.includes('es_ES')) rmSync(join(dir, name), { force: true });
  }
  // Links that point outside the packages: Debian's Apache config and the system CA bundle.
  rmSync(join(extractDir, 'usr/share/wordpress/.htaccess'), { force: true });
  const caBundle = join(extractDir, 'usr/share/wordpress/wp-includes/certificates/ca-bundle.crt');
  rmSync(caBundle, { force: true });
  if (existsSync('/etc/ssl/certs/ca-certificates.crt')) copyFileSync('/etc/ssl/certs/ca-certificates.crt', caBundle);
  else writeFileSync(caBundle, '');
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(join(wpDir, 'php-debug.log'), { force: true });
  cpSync(join(extractDir, 'usr/share/wordpress'), siteDir, { recursive: true, dereference: true });
  rmSync(join(siteDir, 'wp-config.php'), { force: true });
  writeFileSync(join(siteDir, 'wp-config.php'), wpConfig(url));
  mkdirSync(join(siteDir, 'wp-content/database'), { recursive: true });
  mkdirSync(join(siteDir, 'wp-content/uploads'), { recursive: true });

  // The SQLite drop-in: the plugin folder plus wp-content/db.php with its placeholders filled.
  const tmp = join(wpDir, 'sqlite-tmp');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  sh('tar', ['-xzf', downloads.playground, '-C', tmp, 'package/sqlite-database-integration.zip']);
  const entries = readZip(readFileSync(join(tmp, 'package/sqlite-database-integration.zip')));
  const pluginDir = join(siteDir, 'wp-content/plugins/sqlite-database-integration');
  for (const { name, data } of entries) {
    const rel = name.split('/').slice(1).join('/');
    if (!rel || name.endsWith('/')) continue;
    const target = join(pluginDir, rel);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, data);
  }
  rmSync(tmp, { recursive: true, force: true });
  // WordPress 6.1's wpdb reads this property from the subclass: it must not be private.
  const dbClass = join(pluginDir, 'wp-includes/sqlite/class-wp-sqlite-db.php');
  writeFileSync(dbClass, readFileSync(dbClass, 'utf8').replace('private $allow_unsafe_unquoted_parameters', 'protected $allow_unsafe_unquoted_parameters'));
  const dropIn = readFileSync(join(pluginDir, 'db.copy'), 'utf8')
    .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', pluginDir)
    .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php');
  writeFileSync(join(siteDir, 'wp-content/db.php'), dropIn);

  for (const file of readdirSync(phpDir)) copyFileSync(join(phpDir, file), join(siteDir, `se-test-${file}`));
  const installed = JSON.parse(lastLine(sh('php', [join(siteDir, 'se-test-install.php')], { cwd: siteDir })));
  return { siteDir, logFile: join(wpDir, 'php-debug.log'), installed };
}

export function lastLine(text) {
  return text.trim().split('\n').pop();
}

/** Runs one of the PHP helpers in the site with a JSON argument; resolves to its JSON answer. */
export function runPhp(siteDir, script, input) {
  const out = sh('php', [join(siteDir, `se-test-${script}`)], { cwd: siteDir, input: JSON.stringify(input ?? {}) });
  return JSON.parse(lastLine(out));
}

/** Starts PHP's built-in server in its own process group; resolves when WordPress answers. */
export async function startServer({ siteDir, port, logFile }) {
  const log = openSync(logFile, 'a');
  const child = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', siteDir], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/wp-login.php`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`PHP's server did not start (see ${logFile})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { pid: child.pid, stop };
}

/** Minimal zip reader (stored and deflate entries), enough for the plugin zips. */
export function readZip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad zip central directory');
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + size);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
