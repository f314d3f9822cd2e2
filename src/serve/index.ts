// Serve the explorer locally with a read-only Cypher box on the embedded database.
export { readGraphFromStore } from './graph-from-store.js';
export {
  DEFAULT_SERVE_OPTIONS,
  type ExplorerServer,
  type ServeOptions,
  startExplorerServer,
} from './server.js';
