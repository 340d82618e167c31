import { createServer } from 'node:net';
import { StartupError } from './startup-error';

/**
 * Whether the API can listen on its port, asked before anything starts, so that a port in
 * use is reported with the other problems in one line. Binds the way Nest's listen() does
 * (all addresses); the real listen() can still lose a race and is checked again (listenOn).
 */
export async function checkPort(port: number): Promise<void> {
  if (port === 0) return; // any free port
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => reject(portError(port, error)));
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** The one-line reason for a listen() that failed, or the error itself when it is something else. */
export function portError(port: number, error: NodeJS.ErrnoException): Error {
  if (error.code === 'EADDRINUSE') return new StartupError(`Port ${port} is in use: stop the other process or set PORT to a free port.`);
  if (error.code === 'EACCES') return new StartupError(`Port ${port} needs privileges this process does not have: set PORT to 1024 or above.`);
  return error;
}
