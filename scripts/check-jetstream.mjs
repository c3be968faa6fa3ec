// Exits 0 when a NATS server answers at the given URL with JetStream enabled, 1 otherwise.
// Usage: node scripts/check-jetstream.mjs [nats://127.0.0.1:4222]
import { connect } from 'nats';

const url = process.argv[2] ?? 'nats://127.0.0.1:4222';

try {
  const connection = await connect({ servers: url, timeout: 2000, reconnect: false });
  try {
    const manager = await connection.jetstreamManager({ timeout: 2000 });
    await manager.getAccountInfo();
  } finally {
    await connection.close();
  }
} catch (error) {
  console.error(
    `JetStream not available at ${url}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
