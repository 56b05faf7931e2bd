/** The live dashboard: journal follower, HTTP + WebSocket server, page, CLI command. */
export { dashboardCommand, DASHBOARD_USAGE, type DashboardCommandDeps } from '../cli/dashboard.js';
export { startDashboard, isLoopbackHost, type Dashboard, type DashboardOptions } from './server.js';
export { DashboardState, type DashboardStateOptions, type IsRunLive, type StateChange } from './state.js';
export type * from './protocol.js';
export { dockerRunLiveness, dockerEndpoint, type DockerEndpoint } from './docker-live.js';
