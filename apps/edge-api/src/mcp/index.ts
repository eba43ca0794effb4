// The Model Context Protocol endpoint of the edge API: `/mcp`, mounted by app.ts.
export { MCP_METHODS, mcpEndpoint } from './endpoint.js';
export { createMcpServer } from './server.js';
