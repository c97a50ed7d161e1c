import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findJava, javaCandidates, missingJavaMessage, parseJavaVersion } from '../../src/java';

describe('parseJavaVersion', () => {
  const outputs: Array<[string, number | undefined]> = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['openjdk version "25" 2025-09-16 LTS\nOpenJDK Runtime Environment Temurin-25+36 (build 25+36-LTS)', 25],
    ['openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)', 21],
    ['java version "21.0.4" 2024-07-16 LTS\nJava(TM) SE Runtime Environment (build 21.0.4+8-LTS-274)', 21],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)', 8],
    ['openjdk version "26-ea" 2026-03-17', 26],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "22.0.1" 2024-04-16', 22],
    ['Error: could not open `/opt/jdk/lib/jvm.cfg`', undefined],
    ['', undefined],
  ];
  for (const [output, major] of outputs) {
    it(`reads ${String(major)} from ${JSON.stringify(output.split('\n')[0])}`, () => {
      assert.equal(parseJavaVersion(output), major);
    });
  }
});

describe('javaCandidates', () => {
  it('tries the setting, then JAVA_HOME, then the PATH', () => {
    const candidates = javaCandidates('/opt/jdk-21', { JAVA_HOME: '/usr/lib/jvm/java-17' }, 'linux');
    assert.deepEqual(
      candidates.map((c) => c.executable),
      ['/opt/jdk-21/bin/java', '/usr/lib/jvm/java-17/bin/java', 'java'],
    );
    assert.match(candidates[0].origin, /plan\.java\.home/);
    assert.match(candidates[1].origin, /JAVA_HOME/);
  });

  it('skips a blank setting and a blank JAVA_HOME', () => {
    assert.deepEqual(javaCandidates('  ', { JAVA_HOME: '' }, 'linux').map((c) => c.executable), ['java']);
    assert.deepEqual(javaCandidates(undefined, {}, 'linux').map((c) => c.executable), ['java']);
  });

  it('uses java.exe on Windows and expands ~ in the setting', () => {
    const [setting, path] = javaCandidates('~/jdks/21', {}, 'win32');
    assert.equal(setting.executable, join(homedir(), 'jdks/21', 'bin', 'java.exe'));
    assert.equal(path.executable, 'java.exe');
  });
});

describe('findJava', () => {
  const versions: Record<string, string> = {
    '/jdk17/bin/java': 'openjdk version "17.0.15" 2025-04-15',
    '/jdk25/bin/java': 'openjdk version "25" 2025-09-16 LTS',
    java: 'openjdk version "21.0.2" 2024-01-16',
  };
  const fakeRunner = (executable: string): Promise<string> =>
    executable in versions
      ? Promise.resolve(versions[executable])
      : Promise.reject(Object.assign(new Error(`spawn ${executable} ENOENT`), { code: 'ENOENT' }));

  it('passes over a Java that is too old and takes the next one', async () => {
    const search = await findJava(javaCandidates('/jdk17', { JAVA_HOME: '/jdk25' }, 'linux'), fakeRunner);
    assert.equal(search.found?.candidate.executable, '/jdk25/bin/java');
    assert.equal(search.found?.major, 25);
    assert.equal(search.probes[0].problem, 'Java 17, too old');
  });

  it('stops at the first Java 21+', async () => {
    const search = await findJava(javaCandidates(undefined, { JAVA_HOME: '/jdk25' }, 'linux'), fakeRunner);
    assert.equal(search.probes.length, 1);
  });

  it('says what it checked, what to install and what to set when nothing qualifies', async () => {
    const search = await findJava(javaCandidates('/missing', { JAVA_HOME: '/jdk17' }, 'linux'), (exe) =>
      exe === 'java' ? Promise.resolve('java version "1.8.0_392"') : fakeRunner(exe),
    );
    assert.equal(search.found, undefined);
    const message = missingJavaMessage(search.probes);
    assert.match(message, /Java 21 or newer/);
    assert.match(message, /plan\.java\.home \(\/missing\): not found/);
    assert.match(message, /JAVA_HOME \(\/jdk17\): Java 17, too old/);
    assert.match(message, /java on the PATH: Java 8, too old/);
    assert.match(message, /Install a JDK 21 or newer/);
    assert.match(message, /set "plan\.java\.home"/);
  });
});

describe('findJava with real processes', { skip: process.platform === 'win32' && 'needs a POSIX shell' }, () => {
  function fakeJdk(name: string, script: string): string {
    const home = join(mkdtempSync(join(tmpdir(), 'plan-java-')), name);
    mkdirSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(home, 'bin', 'java'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(home, 'bin', 'java'), 0o755);
    return home;
  }

  it('runs java -version and reads what it prints on stderr', async () => {
    const home = fakeJdk('jdk21', `echo 'openjdk version "21.0.5" 2024-10-15' >&2`);
    const search = await findJava(javaCandidates(home, {}, 'linux'));
    assert.equal(search.found?.major, 21);
    assert.equal(search.found?.candidate.executable, join(home, 'bin', 'java'));
  });

  it('reports a Java that fails to start and one that does not exist', async () => {
    const broken = fakeJdk('broken', `echo 'Error occurred during initialization of VM' >&2; exit 1`);
    const search = await findJava([
      { origin: 'broken', executable: join(broken, 'bin', 'java') },
      { origin: 'missing', executable: join(broken, 'nothing', 'java') },
    ]);
    assert.equal(search.found, undefined);
    assert.equal(search.probes[0].problem, 'does not run (Error occurred during initialization of VM)');
    assert.equal(search.probes[1].problem, 'not found');
  });
});
