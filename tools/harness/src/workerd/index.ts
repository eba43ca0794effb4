// Running a Worker in `workerd serve` outside wrangler, as the bench and the reliability tools do.
export {
  moduleKind,
  renderWorkerdConfig,
  type WorkerdConfig,
  type WorkerModule,
  workerModules,
} from './config.ts';
export {
  type RunningWorkerd,
  startWorkerd,
  type WorkerdOptions,
  workerdBinary,
  workerdVersion,
} from './launch.ts';
export { readWorkerSettings, type WorkerSettings } from './worker-settings.ts';
