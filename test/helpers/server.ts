// Opens the test index and connects a real MCP Client to the server over an in-memory transport.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { inject } from 'vitest';
import { openEngine, type Engine } from '../../src/core/engine.js';
import { currentIndexDir } from '../../src/core/index-store.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { createServer } from '../../src/server.js';

/** The engine over the index that global-setup built. */
export async function testEngine(): Promise<Engine> {
  const dir = await currentIndexDir(inject('indexHome'));
  if (!dir) throw new Error('global setup did not build an index');
  return openEngine(dir, { tokenizer: await JapaneseTokenizer.create() });
}

/** A connected client and a way to close both ends. */
export async function connectClient(engine: Engine): Promise<{ client: Client; close: () => Promise<void> }> {
  const { server } = createServer({ engine });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'shisaku-test', version: '0.0.0' });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}
