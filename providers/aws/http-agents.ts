// One keep-alive connection pool per process for every AWS client. Without it each client (one per service and
// region) builds its own agent, so a scan across 17 regions opens and warms up to 17 pools of sockets to what is,
// behind the emulator or a VPC endpoint, often the same host. Node's agent pools per host, so sharing it keeps
// real regional endpoints apart while reusing every warm socket.
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";

/** The SDK's own default; also the floor, so a small --concurrency never starves a host of sockets. */
const SDK_DEFAULT_MAX_SOCKETS = 50;

interface Agents {
  httpAgent: HttpAgent;
  httpsAgent: HttpsAgent;
}

/**
 * The SDK's client.destroy() destroys its handler's agents, even one it was given: a collector destroying its
 * clients would cut the sockets under every other client's calls in flight ("socket hang up"). These agents
 * outlive clients; their idle sockets are unreferenced, so they never hold the process open.
 */
class SharedHttpAgent extends HttpAgent {
  override destroy(): void {}
}
class SharedHttpsAgent extends HttpsAgent {
  override destroy(): void {}
}

const pools = new Map<number, Agents>();

/**
 * The shared agents for a call bound: sockets per host at least the bound, so every call the limiter lets out
 * gets a socket at once instead of queueing inside the agent. Idle sockets are unreferenced by Node, so they
 * never keep the process alive.
 */
export function sharedAgents(concurrency: number | undefined): Agents {
  const maxSockets = Math.max(SDK_DEFAULT_MAX_SOCKETS, Math.floor(concurrency ?? 0));
  let agents = pools.get(maxSockets);
  if (!agents) {
    agents = {
      httpAgent: new SharedHttpAgent({ keepAlive: true, maxSockets }),
      httpsAgent: new SharedHttpsAgent({ keepAlive: true, maxSockets }),
    };
    pools.set(maxSockets, agents);
  }
  return agents;
}
