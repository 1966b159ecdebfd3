// A TCP relay in front of PostgreSQL, for the tests that take the database away from a client: `restart()`
// does to the clients behind it what a server restart does (every connection cut, new ones refused for a
// while, then answered again on the same port) without restarting the server other tests share.
import net, { type AddressInfo } from "node:net";

export interface TcpProxy {
  port: number;
  /** connections cut, refused for `downMs`, then accepted again */
  restart(downMs: number): Promise<void>;
  /** resolves when the next client connects (relayed at once) */
  nextConnection(): Promise<void>;
  close(): Promise<void>;
}

export async function tcpProxy(host: string, port: number): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  const waiting: (() => void)[] = [];
  const relay = (client: net.Socket) => {
    for (const w of waiting.splice(0)) w();
    const upstream = net.connect(port, host);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on("error", () => {});
      s.on("close", () => (open.delete(s), client.destroy(), upstream.destroy()));
    }
    client.pipe(upstream).pipe(client);
  };
  let server = net.createServer(relay);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const own = (server.address() as AddressInfo).port;
  const close = async () => {
    for (const s of open) s.destroy();
    await new Promise((r) => server.close(r));
  };
  return {
    port: own,
    close,
    nextConnection: () => new Promise<void>((r) => waiting.push(r)),
    async restart(downMs) {
      await close();
      await new Promise((r) => setTimeout(r, downMs));
      server = net.createServer(relay);
      await new Promise<void>((r) => server.listen(own, "127.0.0.1", r));
    },
  };
}

/** a relay in front of the PostgreSQL at `url`, and that URL through the relay with `schema` as search path */
export async function proxiedPg(url: string, schema: string): Promise<{ proxy: TcpProxy; target: string }> {
  const pg = new URL(url);
  const proxy = await tcpProxy(pg.hostname, Number(pg.port || 5432));
  pg.host = `127.0.0.1:${proxy.port}`;
  return { proxy, target: `${pg.href}?options=-c%20search_path%3D${schema}` };
}
