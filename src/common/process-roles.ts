import { DynamicModule } from '@nestjs/common';

/** What this process does: src/main.ts serves the API (optionally with the worker), src/worker.ts only works. */
export interface ProcessRoles {
  /** Serve HTTP: GraphQL, health, the explorer, the e-mail link pages. */
  api: boolean;
  /** Consume the queues and send deliveries. */
  worker: boolean;
}

/**
 * Nest 11 makes a new module of every DynamicModule object it is given: a feature
 * registered for the process's roles from two places would run twice (two delivery
 * dispatchers, routes mounted twice). A `register` built with this hands out one object
 * per roles, so every import of the feature is the same module.
 */
export function oncePerRoles(build: (roles: ProcessRoles) => DynamicModule): (roles: ProcessRoles) => DynamicModule {
  const built = new Map<string, DynamicModule>();
  return (roles) => {
    const key = `${roles.api}:${roles.worker}`;
    let module = built.get(key);
    if (!module) built.set(key, (module = build(roles)));
    return module;
  };
}
