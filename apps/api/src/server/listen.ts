import { createServer, type Server } from "node:http";
import type { Express } from "express";

/** Why a server could not listen, in words an operator can act on. */
export class ListenError extends Error {}

/**
 * Listens on `port` and resolves once the port is really bound; rejects with a ListenError when it
 * cannot be (already in use, not allowed), so the caller never reports "listening" for a port it
 * does not have.
 */
export function listen(app: Express, port: number, host?: string): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      const where = `${host ?? "*"}:${port}`;
      if (error.code === "EADDRINUSE")
        reject(new ListenError(`port ${port} is already in use (${where}): stop the other server or set PORT`));
      else if (error.code === "EACCES")
        reject(new ListenError(`not allowed to listen on ${where}: choose a port above 1023 or run with the right to`));
      else reject(new ListenError(`cannot listen on ${where}: ${error.message}`));
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    if (host) server.listen(port, host);
    else server.listen(port);
  });
}
