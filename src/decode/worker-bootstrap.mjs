// Entry of a decode worker thread. On Node 20 a worker does not inherit the main thread's module hooks
// (`node --import tsx`), so it registers tsx itself, then loads its TypeScript entry (workerData.entry).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
