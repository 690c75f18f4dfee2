/**
 * What must not outlive vanban: LibreOffice's process groups and the temporary folders of a conversion.
 * Each is registered while it exists. If the clerk presses Ctrl-C (SIGINT), the terminal closes (SIGHUP)
 * or the system stops vanban (SIGTERM) meanwhile, every registered group is killed and every folder
 * removed, synchronously, before vanban ends with the signal's usual status. The handlers are installed
 * only while something is registered, so a library caller's own signal handling is untouched otherwise.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const groups = new Set<number>();
const folders = new Set<string>();
let installed = false;

/** Kills a process group (POSIX: a negative pid); a group that is already gone is not an error. */
export function killGroup(pid: number): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // ESRCH: every member has exited.
  }
}

function cleanUpEverything(): void {
  for (const pid of groups) killGroup(pid);
  groups.clear();
  for (const folder of folders) {
    try {
      rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Best effort on the way out; nothing else can be done now.
    }
  }
  folders.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  cleanUpEverything();
  uninstall();
  // With our handlers gone, the signal's default action ends the process with the status a shell expects.
  process.kill(process.pid, signal);
}

function onExit(): void {
  cleanUpEverything();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', onExit);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', onExit);
}

function uninstallWhenIdle(): void {
  if (groups.size === 0 && folders.size === 0) uninstall();
}

/** Registers a running process group; call the returned function once it has been reaped. */
export function trackProcessGroup(pid: number): () => void {
  groups.add(pid);
  install();
  return () => {
    groups.delete(pid);
    uninstallWhenIdle();
  };
}

/** A private temporary folder that is removed even if vanban is interrupted while it exists. */
export async function makeTemporaryFolder(prefix: string): Promise<string> {
  install();
  try {
    const folder = await mkdtemp(join(tmpdir(), prefix));
    folders.add(folder);
    return folder;
  } finally {
    uninstallWhenIdle();
  }
}

export async function removeTemporaryFolder(folder: string): Promise<void> {
  try {
    // maxRetries: a just-killed soffice.bin may still be releasing files in its profile.
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
  } finally {
    folders.delete(folder);
    uninstallWhenIdle();
  }
}

/** Runs `work` in a private temporary folder and removes it afterwards, whatever happens. */
export async function inTemporaryFolder<T>(prefix: string, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await makeTemporaryFolder(prefix);
  try {
    return await work(folder);
  } finally {
    await removeTemporaryFolder(folder);
  }
}
