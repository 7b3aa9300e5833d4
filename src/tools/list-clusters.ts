// list_clusters: the regions, clusters, areas and sites the documents list for a programme (a
// cluster's name, fields and start year; for any programme, the ones it selected), filtered by
// region (Japanese or English), field or programme.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { listClusters } from '../core/catalogue/query.js';
import { ClusterSummarySchema } from '../core/catalogue/schema.js';
import { clusterText } from './catalogue-text.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';

export const ListClustersInputSchema = {
  region: z.string().max(60).optional().describe('札幌, Sapporo, 富山・高岡 …'),
  field: z.string().max(60).optional().describe('ライフサイエンス, 情報通信, ナノテク・材料, 環境, Life Sciences …'),
  programme: z.string().max(200).optional().describe('Any name of a programme (get_programme accepts the same names)'),
};

export const ListClustersOutputSchema = { clusters: z.array(ClusterSummarySchema) };

export const listClustersConfig = {
  title: 'List clusters and areas',
  description:
    'Lists the regions, clusters, areas, sites and institutions the documents name for a programme: cluster regions with their cluster name, fields and start year, ' +
    'and (kind "selected") those a programme selected as a document lists them (start_fy: the fiscal year of selection), each with citations.',
  inputSchema: ListClustersInputSchema,
  outputSchema: ListClustersOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export function registerListClusters(server: McpServer, deps: ServerDeps): void {
  server.registerTool('list_clusters', listClustersConfig, async (args) =>
    guard(() =>
      withEngine(deps, (engine) => {
        const clusters = listClusters(engine.catalogue, args);
        const text = clusters.length === 0 ? 'No cluster or area matches; call list_clusters without filters to see them all.' : `${clusters.length} found:\n${clusters.map(clusterText).join('\n')}`;
        return ok({ clusters }, text);
      }),
    ),
  );
}
