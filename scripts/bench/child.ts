// A server of a benchmark in a process of its own (the load generator must not share its
// event loop): started with ts-node, it answers { type: 'ready', url, ... } over IPC.
import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export interface Child {
  process: ChildProcess;
  url: string;
  /** What the child answered when it was ready. */
  ready: Record<string, string>;
}

/** The V8 flags of `npm start` (package.json's start scripts), for every server a benchmark runs. */
export const NODE_FLAGS = ['--max-semi-space-size=64'];

/** `script`: relative to this folder (./load-service, ./bare-server). */
export async function startChild(script: string, env: Record<string, string | undefined>): Promise<Child> {
  const child = fork(require.resolve(script), [], {
    env: { ...process.env, ...Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) },
    // From the compiled build (npm run bench:* compiles first), as `npm start` runs the
    // service; ts-node only when this file itself runs under ts-node. ts-node loads Node's
    // REPL, and with it the domain module, which wraps every EventEmitter.emit of the process.
    // Both servers get the young generation `npm start` gives the service (package.json):
    // it cut the service's node CPU a request by about a sixth, and the bare server's too.
    execArgv: [...NODE_FLAGS, ...(__filename.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only'] : [])],
    // The service's request log goes nowhere, as to a log shipper that keeps up.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`${script} exited with ${code}`))),
  ])) as [Record<string, string>];
  return { process: child, url: message.url, ready: message };
}

/** Sends a message to a child and waits for its answer. */
export async function ask(child: Child, message: Record<string, string>): Promise<void> {
  const answered = once(child.process, 'message');
  child.process.send(message);
  await answered;
}

/** Asks the child to close (the service drops its Redis keys) and waits for it to exit. */
export async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null) return;
  const exited = once(child.process, 'exit');
  child.process.send({ type: 'close' });
  await exited;
}

/** A GraphQL call; the answer's status and body, errors included. */
export async function postGraphql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: unknown[] } };
}

/** Waits until everything posted so far is scored (the hub's matchingBacklog is 0). */
export async function waitForMatching(url: string, adminApiKey: string, progress?: (backlog: number) => void): Promise<void> {
  for (;;) {
    const { body } = await postGraphql<{ matchingBacklog: number }>(url, adminApiKey, '{ matchingBacklog }');
    if (body.errors) throw new Error(`matchingBacklog: ${JSON.stringify(body.errors)}`);
    const backlog = body.data?.matchingBacklog ?? Number.NaN;
    if (backlog === 0) return;
    progress?.(backlog);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * In the child: closes on the parent's 'close' and exits. A close that has not finished after
 * 30 s says what still holds the process open, and exits 1 (a benchmark must not hang).
 */
export function closeWhenAsked(name: string, close: () => Promise<void>): void {
  process.on('message', (message: { type: string }) => {
    if (message.type !== 'close') return;
    setTimeout(() => {
      process.stderr.write(`${name}: still closing after 30 s; open: ${process.getActiveResourcesInfo().join(', ')}\n`);
      process.exit(1);
    }, 30_000).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${name}: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
      },
    );
  });
}

/**
 * In a server child: on 'profile-start' and 'profile-stop' (with a file name) records a V8
 * CPU profile of what runs in between, answering each once done.
 */
export function profileWhenAsked(): void {
  const profiler = new Session();
  profiler.connect();
  process.on('message', (message: { type: string; file?: string }) => {
    if (message.type === 'profile-start') {
      void profiler
        .post('Profiler.enable')
        .then(() => profiler.post('Profiler.start'))
        .then(() => process.send?.({ type: 'profiling' }));
    }
    if (message.type === 'profile-stop') {
      void profiler.post('Profiler.stop').then(({ profile }) => {
        writeFileSync(message.file as string, JSON.stringify(profile));
        process.send?.({ type: 'profiled' });
      });
    }
  });
}
